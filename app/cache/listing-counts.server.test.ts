import { describe, expect, it } from "vitest";
import { countOfListing, forgetListingCounts } from "./listing-counts.server";

describe("the listings' counts", () => {
  it("counts a listing once, until content changes", async () => {
    forgetListingCounts();
    let counted = 0;
    const count = async () => ++counted;
    expect(await countOfListing("en all", count)).toBe(1);
    expect(await countOfListing("en all", count)).toBe(1);
    expect(await countOfListing("fa all", count)).toBe(2);
    forgetListingCounts();
    expect(await countOfListing("en all", count)).toBe(3);
  });

  it("does not keep a count that began before a change and ended after it", async () => {
    forgetListingCounts();
    let finish!: (total: number) => void;
    const slow = countOfListing("en category 1", () => new Promise<number>((resolve) => (finish = resolve)));
    forgetListingCounts();
    finish(40);
    expect(await slow).toBe(40);
    expect(await countOfListing("en category 1", async () => 41)).toBe(41);
  });
});
