import { describe, expect, it } from "vitest";
import { listedEditions, mayEditArticle, mayOpenArticle, mayProposeRevision, needsPublishPermission, translationTargets } from "./permissions";

const editor = { role: "editor" as const, editions: ["en", "fa"] };
const translator = { role: "translator" as const, editions: ["sq"] };

describe("who may do what with an article", () => {
  it("lets a translator read every edition's list but open and change only drafts of their own editions", () => {
    expect(listedEditions(translator)).toEqual(["en", "ar", "fa", "sq"]);
    expect(mayOpenArticle(translator, "en")).toBe(false);
    expect(mayOpenArticle(translator, "sq")).toBe(true);
    expect(mayEditArticle(translator, { edition: "sq", status: "draft" })).toBe(true);
    expect(mayEditArticle(translator, { edition: "sq", status: "published" })).toBe(false);
    expect(mayEditArticle(translator, { edition: "en", status: "draft" })).toBe(false);
  });

  it("lets an editor change any article of their editions, and no other", () => {
    expect(mayEditArticle(editor, { edition: "fa", status: "published" })).toBe(true);
    expect(mayEditArticle(editor, { edition: "ar", status: "draft" })).toBe(false);
  });

  it("asks for content.publish to schedule, publish, or touch what readers see", () => {
    expect(needsPublishPermission(null, "draft")).toBe(false);
    expect(needsPublishPermission("draft", "draft")).toBe(false);
    expect(needsPublishPermission("draft", "scheduled")).toBe(true);
    expect(needsPublishPermission("published", "draft")).toBe(true);
    expect(needsPublishPermission(null, "published")).toBe(true);
  });

  it("offers translations only into the user's editions that the group lacks", () => {
    expect(translationTargets(editor, ["en"])).toEqual(["fa"]);
    expect(translationTargets(translator, ["en", "sq"])).toEqual([]);
    expect(translationTargets({ role: "admin", editions: [] }, ["en", "ar"])).toEqual(["fa", "sq"]);
  });

  it("turns a translator's changes to a published translation of their edition into a proposal, and nobody else's", () => {
    const published = { edition: "sq", status: "published" as const, translatedFromId: 7 };
    expect(mayProposeRevision(translator, published)).toBe(true);
    expect(mayProposeRevision(translator, { ...published, status: "draft" })).toBe(false);
    expect(mayProposeRevision(translator, { ...published, translatedFromId: null })).toBe(false);
    expect(mayProposeRevision(translator, { ...published, edition: "fa" })).toBe(false);
    expect(mayProposeRevision(editor, { ...published, edition: "fa" })).toBe(false);
  });
});
