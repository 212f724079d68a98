import { describe, expect, it } from "vitest";
import { sourceChanges } from "./source-changes";

describe("what changed in a translation's source", () => {
  it("marks the words removed and added, keeping the rest as it was", () => {
    expect(sourceChanges("Hundreds gathered in the square.\n\nThey held candles.", "Thousands gathered in the square.\n\nThey held candles and photographs.")).toEqual([
      { kind: "removed", text: "Hundreds" },
      { kind: "added", text: "Thousands" },
      { kind: "same", text: " gathered in the square.\n\nThey held candles" },
      { kind: "added", text: " and photographs" },
      { kind: "same", text: "." },
    ]);
  });

  it("works on right-to-left text and reports nothing changed as one unchanged part", () => {
    expect(sourceChanges("خانواده‌ها جمع شدند", "خانواده‌ها دوباره جمع شدند").filter((part) => part.kind !== "same")).toEqual([
      { kind: "added", text: "دوباره " },
    ]);
    expect(sourceChanges("متن", "متن")).toEqual([{ kind: "same", text: "متن" }]);
  });

  it("does not report the browser's CRLF line breaks as a change", () => {
    expect(sourceChanges("First paragraph.\n\nSecond.", "First paragraph.\r\n\r\nSecond, corrected.").filter((part) => part.kind !== "same")).toEqual([
      { kind: "added", text: ", corrected" },
    ]);
  });
});
