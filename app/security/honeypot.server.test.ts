import { describe, expect, it } from "vitest";
import { honeypotFieldName } from "./field-names";
import { checkHoneypot, requireEmptyHoneypot, SpamError } from "./honeypot.server";

function form(entries: Record<string, string>): FormData {
  const formData = new FormData();
  for (const [name, value] of Object.entries(entries)) formData.set(name, value);
  return formData;
}

describe("the honeypot", () => {
  it("lets through a form whose hidden field came back empty", () => {
    expect(() => checkHoneypot(form({ name: "Arben", [honeypotFieldName]: "" }))).not.toThrow();
  });

  it("catches a robot that filled the hidden field", () => {
    expect(() => checkHoneypot(form({ [honeypotFieldName]: "https://spam.example" }))).toThrow(SpamError);
  });

  it("catches a post that did not come from our page (no hidden field at all)", () => {
    expect(() => checkHoneypot(form({ name: "Arben" }))).toThrow(SpamError);
  });

  it("answers 400 to an action", () => {
    try {
      requireEmptyHoneypot(form({ [honeypotFieldName]: "filled" }));
      expect.unreachable();
    } catch (thrown) {
      expect(thrown).toBeInstanceOf(Response);
      expect((thrown as Response).status).toBe(400);
    }
  });
});
