import { describe, expect, it } from "vitest";
import { forgetListingFacts, keptListingFact, listingFact, listingFactsGeneration, rememberListingFact } from "./listing-facts.server";

describe("the listings' kept facts", () => {
  it("finds a fact once, until content changes", async () => {
    forgetListingFacts();
    let counted = 0;
    const count = async () => ++counted;
    expect(await listingFact("en all count", count)).toBe(1);
    expect(await listingFact("en all count", count)).toBe(1);
    expect(await listingFact("fa all count", count)).toBe(2);
    forgetListingFacts();
    expect(await listingFact("en all count", count)).toBe(3);
  });

  it("does not keep a fact looked up before a change and found after it", async () => {
    forgetListingFacts();
    let finish!: (total: number) => void;
    const slow = listingFact("en category 1 count", () => new Promise<number>((resolve) => (finish = resolve)));
    forgetListingFacts();
    finish(40);
    expect(await slow).toBe(40);
    expect(await listingFact("en category 1 count", async () => 41)).toBe(41);

    const generation = listingFactsGeneration();
    forgetListingFacts();
    rememberListingFact("en all page 9", 1234, generation);
    expect(keptListingFact("en all page 9")).toBeUndefined();
    rememberListingFact("en all page 9", 1234);
    expect(keptListingFact("en all page 9")).toBe(1234);
  });
});
