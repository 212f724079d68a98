// What the built server writes to its log while people use it: a sign-in with a password, a wrong
// password, an editorial page with the session cookie, a contact message, a comment, a search for an
// address. Every line is JSON; no password, session or CSRF cookie, CSRF token, message text or whole
// e-mail address appears in any of them (addresses only masked, "j…@example.org"). No browser needed.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { articlePath, publishedArticles } from "./fixtures";
import { demoAccount } from "./admin-fixtures";

let server: ChildProcess | undefined;
let output = "";
let origin = "";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const { DATABASE_URL: _ignored, ...environment } = process.env;
  server = spawn(process.execPath, ["server.mjs"], {
    env: { ...environment, PORT: "0", HOST: "127.0.0.1", PGLITE_DIR: "memory://", NODE_ENV: "production", LOG_LEVEL: "info", SESSION_SECRET: "a-secret-for-the-log-privacy-test" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk) => (output += chunk));
  server.stderr!.on("data", (chunk) => (output += chunk));
  await expect.poll(() => output, { timeout: 110_000 }).toMatch(/Serving on http:\/\/\S+/);
  origin = output.match(/Serving on (http:\/\/\S+)/)![1]!;
});

test.afterAll(async () => {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server!.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
});

/** The page's CSRF token, and the cookies the browser holds after loading it */
async function formPage(path: string, cookies = ""): Promise<{ token: string; cookies: string }> {
  const response = await fetch(`${origin}${path}`, { headers: { Cookie: cookies } });
  const html = await response.text();
  const token = /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";
  const set = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
  return { token, cookies: [cookies, ...set].filter(Boolean).join("; ") };
}

function post(path: string, cookies: string, fields: Record<string, string>): Promise<Response> {
  return fetch(`${origin}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { Cookie: cookies, Origin: origin, "Sec-Fetch-Site": "same-origin", "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });
}

function cookieValue(cookies: string, name: string): string {
  return new RegExp(`(?:^|; )${name}=([^;]+)`).exec(cookies)?.[1] ?? "";
}

test("no password, cookie, token, message or whole e-mail address reaches the log", async () => {
  test.setTimeout(120_000);
  const secrets: string[] = [];

  // A wrong password, then the right one: the session cookie comes back
  const signIn = await formPage("/admin/sign-in");
  secrets.push(signIn.token, cookieValue(signIn.cookies, "csrf"));
  expect((await post("/admin/sign-in", signIn.cookies, { csrf: signIn.token, email: "admin@example.org", password: "wrong-guess-password" })).status).toBe(400);
  const signedIn = await post("/admin/sign-in", signIn.cookies, { csrf: signIn.token, email: "admin@example.org", password: demoAccount("admin").password, next: "/admin" });
  expect([302, 303]).toContain(signedIn.status);
  const session = signedIn.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!).find((cookie) => cookie.startsWith("admin_session="));
  expect(session).toBeTruthy();
  secrets.push(session!.slice("admin_session=".length), demoAccount("admin").password, "wrong-guess-password", "admin@example.org");
  const cookies = `${signIn.cookies}; ${session}`;
  expect((await fetch(`${origin}/admin`, { headers: { Cookie: cookies }, redirect: "manual" })).status).toBe(200);

  // A contact message, and one sent back for a mistake
  const contact = await formPage("/en/contact");
  secrets.push(contact.token);
  const message = { name: "Leyla Privacy", email: "leyla.private@example.net", subject: "A private matter", message: "Words only the newsroom may read" };
  expect((await post("/en/contact", contact.cookies, { csrf: contact.token, name__confirm: "", ...message })).status).toBe(303);
  expect((await post("/en/contact", contact.cookies, { csrf: contact.token, name__confirm: "", ...message, email: "leyla.private@" })).status).toBe(400);
  secrets.push(...Object.values(message), "leyla.private");

  // A comment, and a search for an address (in the query string, which the log keeps masked)
  const comment = { name: "Arben Commenter", email: "arben.comments@example.com", comment: "A comment waiting for moderation" };
  expect((await post(articlePath("en", publishedArticles("en")[4]!.slug), "", { name__confirm: "", ...comment })).status).toBe(303);
  secrets.push(...Object.values(comment), "arben.comments");
  expect((await fetch(`${origin}/en/search?q=${encodeURIComponent("someone.else@example.org")}`)).status).toBe(200);
  secrets.push("someone.else@example.org", "someone.else");
  // An address in a path the router cannot decode (it used to quote such paths on stderr, outside the log)
  expect((await fetch(`${origin}/en/articles/%ZZnadia.hidden@example.org`)).status).toBe(400);
  secrets.push("nadia.hidden");

  // One line per request (ten above), written when its answer ends: not always in the order asked (an
  // answer whose body nobody reads ends later), so wait for all of them
  const jsonLines = () => output.split("\n").filter((line) => line.startsWith("{"));
  await expect.poll(() => jsonLines().length).toBeGreaterThanOrEqual(10);
  await expect.poll(() => output).toContain("/en/search?q=s…@example.org");
  const lines = jsonLines();
  for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
  // What it wrote while serving: before that, the start announces the demo accounts (addresses, and
  // passwords when random) to the operator, once, on purpose (app/db/seed/demo-accounts.server.ts)
  const served = output.slice(output.indexOf("Serving on"));
  for (const secret of secrets.filter((value) => value.length >= 6)) expect(served, `the log holds "${secret}"`).not.toContain(secret);
  // Addresses appear only masked: one character, an ellipsis, the domain
  expect(served.match(/[^\s"'…(]{2,}@[\w-]+\.[\w.]+/g) ?? []).toEqual([]);
});
