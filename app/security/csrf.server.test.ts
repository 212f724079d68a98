import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const url = "http://localhost/en/contact";

/** A fresh module graph, so each test reads SESSION_SECRET anew */
async function loadCsrf(secret: string | undefined) {
  vi.resetModules();
  if (secret === undefined) delete process.env.SESSION_SECRET;
  else process.env.SESSION_SECRET = secret;
  return import("./csrf.server");
}

function cookieFrom(setCookie: string | null): string {
  if (!setCookie) throw new Error("no Set-Cookie");
  return setCookie.split(";")[0]!;
}

function post(fields: Record<string, string>, headers: Record<string, string> = {}): [FormData, Request] {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.set(name, value);
  return [formData, new Request(url, { method: "POST", headers })];
}

describe("CSRF tokens", () => {
  const originalSecret = process.env.SESSION_SECRET;
  beforeEach(() => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    if (originalSecret === undefined) delete process.env.SESSION_SECRET;
    else process.env.SESSION_SECRET = originalSecret;
  });

  it("gives a new reader a token in an HttpOnly, SameSite cookie, and keeps it on later visits", async () => {
    const csrf = await loadCsrf("a-test-secret-of-some-length");
    const first = await csrf.commitCsrfToken(new Request(url));
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.setCookie).toMatch(/^csrf=.+; Path=\/; HttpOnly; SameSite=Lax$/);
    const again = await csrf.commitCsrfToken(new Request(url, { headers: { Cookie: cookieFrom(first.setCookie) } }));
    expect(again).toEqual({ token: first.token, setCookie: null });
  });

  it("marks the cookie Secure when the site is served over HTTPS", async () => {
    const csrf = await loadCsrf("a-test-secret-of-some-length");
    const { setCookie } = await csrf.commitCsrfToken(new Request("https://news.example/en/contact"));
    expect(setCookie).toContain("Secure");
  });

  it("accepts a form whose token matches the cookie, and refuses every forgery", async () => {
    const csrf = await loadCsrf("a-test-secret-of-some-length");
    const { token, setCookie } = await csrf.commitCsrfToken(new Request(url));
    const cookie = cookieFrom(setCookie);
    const reason = async ([formData, request]: [FormData, Request]) =>
      csrf.checkCsrf(formData, request).then(
        () => "accepted",
        (error: unknown) => (error instanceof csrf.CsrfError ? error.reason : String(error)),
      );

    expect(await reason(post({ csrf: token }, { Cookie: cookie }))).toBe("accepted");
    expect(await reason(post({ csrf: token }, { Cookie: cookie, "Sec-Fetch-Site": "same-origin" }))).toBe("accepted");
    expect(await reason(post({ csrf: token }))).toBe("missing-cookie");
    expect(await reason(post({ csrf: token }, { Cookie: "csrf=forged" }))).toBe("tampered-cookie");
    expect(await reason(post({}, { Cookie: cookie }))).toBe("missing-field");
    const forged = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    expect(await reason(post({ csrf: forged }, { Cookie: cookie }))).toBe("mismatch");
    expect(await reason(post({ csrf: "short" }, { Cookie: cookie }))).toBe("mismatch");
    expect(await reason(post({ csrf: token }, { Cookie: cookie, "Sec-Fetch-Site": "cross-site" }))).toBe("cross-site");
  });

  it("refuses a cookie signed with another secret, and answers an action with 400", async () => {
    const other = await loadCsrf("another-secret-entirely-here");
    const { token, setCookie } = await other.commitCsrfToken(new Request(url));
    const csrf = await loadCsrf("a-test-secret-of-some-length");
    const [formData, request] = post({ csrf: token }, { Cookie: cookieFrom(setCookie) });
    const thrown = await csrf.requireValidCsrf(formData, request).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(400);
    // ...and the page hands that reader a fresh token
    expect((await csrf.commitCsrfToken(request)).setCookie).not.toBeNull();
  });

  it("still accepts tokens signed with an older secret while it is listed for rotation", async () => {
    const old = await loadCsrf("the-old-secret-being-retired");
    const { token, setCookie } = await old.commitCsrfToken(new Request(url));
    const rotated = await loadCsrf("the-new-secret-now-signing, the-old-secret-being-retired");
    const [formData, request] = post({ csrf: token }, { Cookie: cookieFrom(setCookie) });
    await expect(rotated.checkCsrf(formData, request)).resolves.toBeUndefined();
  });

  it("without SESSION_SECRET, signs with a random secret and warns once that processes need a shared one", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const csrf = await loadCsrf(undefined);
    const { token, setCookie } = await csrf.commitCsrfToken(new Request(url));
    const [formData, request] = post({ csrf: token }, { Cookie: cookieFrom(setCookie) });
    await expect(csrf.checkCsrf(formData, request)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/SESSION_SECRET.*several processes/);
    // A second process (a fresh module graph) has its own random secret and refuses the first one's token
    const otherProcess = await loadCsrf(undefined);
    await expect(otherProcess.checkCsrf(formData, request)).rejects.toBeInstanceOf(otherProcess.CsrfError);
  });
});
