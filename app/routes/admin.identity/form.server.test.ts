import { describe, expect, test } from "vitest";
import type { SignedInUser } from "~/auth/permissions";
import { editions } from "~/editions";
import { defaultEditionIdentity, socialProfilesOf } from "~/identity/site-identity";
import { readIdentityForm } from "./form.server";

const admin: SignedInUser = { id: 1, email: "admin@example.org", role: "admin", editions: [], interfaceLanguage: "en" };

function filledForm(changes: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const { code } of editions) {
    const texts = defaultEditionIdentity(code);
    form.set(`siteName.${code}`, texts.siteName);
    form.set(`tagline.${code}`, texts.tagline);
    form.set(`logoAlt.${code}`, texts.logoAlt);
  }
  form.set("social.facebook", "https://www.facebook.com/example");
  form.set("logoChoice", "");
  for (const [field, value] of Object.entries(changes)) form.set(field, value);
  return form;
}

describe("the site identity form", () => {
  test("keeps every edition's texts, trimmed, and only the networks given an address", async () => {
    const outcome = await readIdentityForm(filledForm({ "siteName.fa": "  افق نو  " }), admin, null);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.input.editions.fa!.siteName).toBe("افق نو");
    expect(outcome.input.social).toEqual([{ network: "facebook", url: "https://www.facebook.com/example" }]);
    expect(outcome.input.logoUploadId).toBeNull();
  });

  test.each(["http://www.facebook.com/example", "javascript:alert(1)", "facebook.com/example", "https://user:pw@facebook.com/x", "https://localhost/x"])(
    "refuses the social address %s with the https problem, for a 400",
    async (url) => {
      const outcome = await readIdentityForm(filledForm({ "social.twitter": url }), admin, null);
      expect(outcome).toMatchObject({ ok: false, status: 400, problems: { "social.twitter": { key: "httpsUrl" } } });
    },
  );

  test("a name is required in every edition, and a long one is refused with its limit", async () => {
    const outcome = await readIdentityForm(filledForm({ "siteName.ar": "   ", "tagline.sq": "x".repeat(201) }), admin, null);
    expect(outcome).toMatchObject({ ok: false, problems: { "siteName.ar": { key: "required" }, "tagline.sq": { key: "tooLong", max: 200 } } });
  });

  test("keeps the current logo when asked to, and refuses a choice that names no upload", async () => {
    const kept = await readIdentityForm(filledForm({ logoChoice: "current" }), admin, 7);
    expect(kept.ok && kept.input.logoUploadId).toBe(7);
    const nonsense = await readIdentityForm(filledForm({ logoChoice: "../x" }), admin, 7);
    expect(nonsense).toMatchObject({ ok: false, problems: { logoChoice: { key: "invalid" } } });
  });

  test("stored profiles of unknown networks or without https are left out when read", () => {
    expect(socialProfilesOf([{ network: "myspace", url: "https://myspace.com/x" }, { network: "youtube", url: "http://youtube.com/x" }, { network: "youtube", url: "https://youtube.com/x" }, "junk"])).toEqual([
      { network: "youtube", url: "https://youtube.com/x" },
    ]);
    expect(socialProfilesOf(null)).toEqual([]);
  });
});
