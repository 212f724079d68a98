import { describe, expect, it } from "vitest";
import { formValues } from "./form-validation.server";

describe("an editorial form's text fields", () => {
  it("stores the browser's CRLF and CR line breaks as LF, and a missing field as empty", () => {
    const form = new FormData();
    form.set("body", "یک بند.\r\n\r\nبند دوم.\rپایان");
    form.set("title", "  Title  ");
    expect(formValues(form, ["body", "title", "excerpt"])).toEqual({ body: "یک بند.\n\nبند دوم.\nپایان", title: "  Title  ", excerpt: "" });
  });
});
