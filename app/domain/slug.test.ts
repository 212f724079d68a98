import { describe, expect, it } from "vitest";
import { addressLeftBehind } from "./slug";

describe("the address an edit leaves behind", () => {
  it("is the old slug of a published item whose slug changed, and nothing otherwise", () => {
    expect(addressLeftBehind({ slug: "old", status: "published" }, "new")).toBe("old");
    expect(addressLeftBehind({ slug: "old", status: "published" }, "old")).toBeNull();
    expect(addressLeftBehind({ slug: "old", status: "draft" }, "new")).toBeNull();
    expect(addressLeftBehind({ slug: "old", status: "scheduled" }, "new")).toBeNull();
    expect(addressLeftBehind(null, "new")).toBeNull();
  });
});
