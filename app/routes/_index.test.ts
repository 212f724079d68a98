import { describe, expect, it } from "vitest";
import { editionCookie } from "~/i18n/i18next.server";
import { loader } from "./_index";

async function redirectFor(headers: Record<string, string>) {
  const response = (await loader({ request: new Request("http://localhost/", { headers }), params: {}, context: { clientAddress: "127.0.0.1" } })) as Response;
  return { status: response.status, location: response.headers.get("Location"), vary: response.headers.get("Vary") };
}

describe("the root address negotiates the edition", () => {
  it("falls back to English with a 302 that varies on Cookie and Accept-Language", async () => {
    const answer = await redirectFor({});
    expect(answer).toEqual({ status: 302, location: "/en", vary: "Cookie, Accept-Language" });
  });

  it("follows Accept-Language and its q-values", async () => {
    expect((await redirectFor({ "Accept-Language": "fa-IR,fa;q=0.9,en;q=0.8" })).location).toBe("/fa");
    expect((await redirectFor({ "Accept-Language": "de, en;q=0.3, ar;q=0.7" })).location).toBe("/ar");
    expect((await redirectFor({ "Accept-Language": "sq-AL" })).location).toBe("/sq");
    expect((await redirectFor({ "Accept-Language": "de, fr;q=0.5" })).location).toBe("/en");
  });

  it("prefers the lng cookie over the header", async () => {
    const cookie = await editionCookie.serialize("ar");
    expect((await redirectFor({ Cookie: cookie, "Accept-Language": "fa" })).location).toBe("/ar");
  });

  it("ignores a cookie naming an edition that does not exist", async () => {
    const cookie = await editionCookie.serialize("xx");
    expect((await redirectFor({ Cookie: cookie, "Accept-Language": "sq" })).location).toBe("/sq");
  });
});

describe("odd Accept-Language headers never break the redirect", () => {
  it.each(["*", "", ";;;,,q=", "fa;q=0", "xx-YY-ZZ-123, !!", "en;q=abc"])("%j", async (header) => {
    const answer = await redirectFor({ "Accept-Language": header });
    expect(answer.status).toBe(302);
    expect(answer.location).toMatch(/^\/(en|ar|fa|sq)$/);
  });
});
