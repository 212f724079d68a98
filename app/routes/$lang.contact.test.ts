// The contact form against a real (in-memory PGlite) database: a message is stored before the reader
// is sent to the confirmation, and nothing is stored for a refused or invalid submission.
import { count, desc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "~/db/client.server";
import { contactMessages } from "~/db/schema";
import { reloadEnvironment } from "~/env.server";

process.env.PGLITE_DIR = "memory://";
delete process.env.DATABASE_URL;
process.env.SEED_DEMO_CONTENT = "never";
reloadEnvironment();
process.env.SESSION_SECRET = "a-secret-for-the-contact-form-test";

type Route = typeof import("./$lang.contact");
let route: Route;
let db: Database;

const context = { clientAddress: "203.0.113.7" };

/** What a reader's browser does: load the page (getting the token and its cookie), then post the form */
async function submit(fields: Record<string, string>, lang = "en") {
  const page = await route.loader({ request: new Request(`http://localhost/${lang}/contact`), params: { lang }, context });
  const cookie = new Headers(page.init?.headers).get("Set-Cookie")?.split(";")[0] ?? "";
  const body = new URLSearchParams({ csrf: page.data.csrfToken, name__confirm: "", ...fields });
  const request = new Request(`http://localhost/${lang}/contact`, { method: "POST", headers: { Cookie: cookie }, body });
  try {
    return await route.action({ request, params: { lang }, context });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

async function storedCount(): Promise<number> {
  const [row] = await db.select({ total: count() }).from(contactMessages);
  return row?.total ?? 0;
}

describe("the contact form and the contact_messages table", () => {
  beforeAll(async () => {
    const { startDatabase } = await import("~/db/database.server");
    db = (await startDatabase()).db;
    route = await import("./$lang.contact");
  });
  afterAll(async () => {
    const { stopDatabase } = await import("~/db/database.server");
    await stopDatabase();
  });

  it("stores a reader's message, then redirects (303) to the confirmation", async () => {
    const response = await submit(
      { name: "  سارا محمودی ", email: "sara@example.org", subject: "گزارش هفتگی", message: "سلام، می‌خواستم دربارهٔ گزارش بپرسم." },
      "fa",
    );
    expect(response).toBeInstanceOf(Response);
    expect((response as Response).status).toBe(303);
    expect((response as Response).headers.get("Location")).toBe("/fa/contact/sent");
    const [stored] = await db.select().from(contactMessages).orderBy(desc(contactMessages.id)).limit(1);
    expect(stored).toMatchObject({
      edition: "fa",
      name: "سارا محمودی",
      email: "sara@example.org",
      subject: "گزارش هفتگی",
      message: "سلام، می‌خواستم دربارهٔ گزارش بپرسم.",
      status: "new",
    });
  });

  it("stores nothing and returns the reader's input with an error per field when the form is incomplete", async () => {
    const before = await storedCount();
    const result = await submit({ name: "Omar", email: "not an address", subject: "", message: "x".repeat(5001) });
    expect(result).not.toBeInstanceOf(Response);
    const { data, init } = result as Exclude<typeof result, Response>;
    expect(init?.status).toBe(400);
    expect(data.values).toEqual({ name: "Omar", email: "not an address", subject: "", message: "x".repeat(5001) });
    expect(data.errors).toEqual({ email: "email", subject: "required", message: "tooLong" });
    expect(await storedCount()).toBe(before);
  });

  it("refuses an address carrying URL syntax (?, &, %, =) that would add headers to a reply", async () => {
    const before = await storedCount();
    for (const email of ["reader@example.org?bcc=spy%40evil.example", "a&b@example.org", "a%40b@example.org", "a=b@example.org"]) {
      const result = await submit({ name: "Omar", email, subject: "Hello", message: "A question" });
      expect(result).not.toBeInstanceOf(Response);
      const { data, init } = result as Exclude<typeof result, Response>;
      expect(init?.status).toBe(400);
      expect(data.errors).toEqual({ email: "email" });
    }
    expect(await storedCount()).toBe(before);
  });

  it("stores nothing when the honeypot is filled or the CSRF token is forged", async () => {
    const before = await storedCount();
    const valid = { name: "Arben", email: "arben@example.org", subject: "Pyetje", message: "Përshëndetje!" };
    expect(((await submit({ ...valid, name__confirm: "https://spam.example" }, "sq")) as Response).status).toBe(400);
    expect(((await submit({ ...valid, csrf: "forged" }, "sq")) as Response).status).toBe(400);
    expect(await storedCount()).toBe(before);
  });
});
