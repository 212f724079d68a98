// The contact form's action for any submission a browser or a robot can send: whatever the fields
// hold (any Unicode, NUL, huge values, files, repeated fields), whether the CSRF token matches and the
// honeypot is empty, the answer is 303 (stored), 400 (refused or sent back with errors), 413 (too
// large) or 429 (too many): never an exception, which the reader would see as a 500.
import { count, desc } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "~/db/client.server";
import { contactMessages } from "~/db/schema";
import { reloadEnvironment } from "~/env.server";
import { anyText, textWithLetter } from "../../tests/property/arbitraries";

process.env.PGLITE_DIR = "memory://";
delete process.env.DATABASE_URL;
process.env.SEED_DEMO_CONTENT = "never";
process.env.SESSION_SECRET = "a-secret-for-the-contact-property-test";
reloadEnvironment();

type Route = typeof import("./$lang.contact");
let route: Route;
let db: Database;

async function storedCount(): Promise<number> {
  const [row] = await db.select({ total: count() }).from(contactMessages);
  return row?.total ?? 0;
}

const fieldNames = ["name", "email", "subject", "message"] as const;

const fieldValue = fc.oneof(
  { arbitrary: anyText(40), weight: 6 },
  {
    arbitrary: fc.constantFrom("ana@example.org", "سارا@مثال.ایران", "x@y.z", "a@b", "@", "ana@example.org\u0000", "\u0000", "ana@example.org?bcc=spy%40evil.example"),
    weight: 2,
  },
  // Around the fields' limits, and far past the 64 KB body limit
  { arbitrary: fc.integer({ min: 90, max: 5_100 }).map((length) => "ë".repeat(length)), weight: 1 },
  { arbitrary: fc.integer({ min: 60_000, max: 90_000 }).map((length) => "x".repeat(length)), weight: 1 },
);

type Fields = Record<(typeof fieldNames)[number], string | undefined>;
const anyFields: fc.Arbitrary<Fields> = fc.record({
  name: fc.option(fieldValue, { nil: undefined, freq: 8 }),
  email: fc.option(fieldValue, { nil: undefined, freq: 8 }),
  subject: fc.option(fieldValue, { nil: undefined, freq: 8 }),
  message: fc.option(fieldValue, { nil: undefined, freq: 8 }),
});
// What a reader would send, each field still any text with a letter in it: most of these are stored
const plausibleFields: fc.Arbitrary<Fields> = fc.record({
  // Control characters among them: NUL cannot be stored in a PostgreSQL text column
  name: fc.oneof(textWithLetter(20), fc.tuple(textWithLetter(10), fc.constantFrom("\u0000", "\u0007", "\u001b", "\u007f"), textWithLetter(10)).map((parts) => parts.join(""))),
  email: fc.constantFrom("ana@example.org", "سارا@مثال.ایران", "arben.k@shembull.al", "ana@example.org?bcc=spy%40evil.example", "a&b=c@example.org"),
  subject: textWithLetter(30),
  message: textWithLetter(200),
});

const submission = fc.record({
  lang: fc.constantFrom("en", "ar", "fa", "sq"),
  fields: fc.oneof(anyFields, plausibleFields),
  // A field sent twice, a field sent as a file, extra fields
  repeated: fc.option(fc.constantFrom(...fieldNames), { nil: undefined, freq: 4 }),
  fileField: fc.option(fc.constantFrom(...fieldNames), { nil: undefined, freq: 6 }),
  extra: fc.dictionary(fc.string({ maxLength: 10 }), anyText(10), { maxKeys: 3 }),
  csrf: fc.constantFrom("valid", "valid", "valid", "valid", "missing", "forged", "no-cookie", "cross-site"),
  honeypot: fc.oneof({ arbitrary: fc.constant(""), weight: 9 }, { arbitrary: anyText(10), weight: 1 }),
  multipart: fc.boolean(),
  // A few addresses send often (and meet the rate limit), the others once
  address: fc.oneof(fc.constantFrom("198.51.100.1", "198.51.100.2"), fc.ipV4(), fc.ipV6()),
});

describe("the contact form's action, for any submission", () => {
  beforeAll(async () => {
    const { startDatabase } = await import("~/db/database.server");
    db = (await startDatabase()).db;
    route = await import("./$lang.contact");
  });
  afterAll(async () => {
    const { stopDatabase } = await import("~/db/database.server");
    await stopDatabase();
  });

  it("answers only 303, 400, 413 or 429, and stores a message exactly when it answers 303", async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(submission, async (input) => {
        const { lang } = input;
        const context = { clientAddress: input.address };
        const page = await route.loader({ request: new Request(`http://localhost/${lang}/contact`), params: { lang }, context });
        const cookie = new Headers(page.init?.headers).get("Set-Cookie")?.split(";")[0] ?? "";

        const form = new FormData();
        if (input.csrf !== "missing") form.append("csrf", input.csrf === "forged" ? `${page.data.csrfToken.slice(1)}A` : page.data.csrfToken);
        form.append("name__confirm", input.honeypot);
        for (const name of fieldNames) {
          const value = input.fields[name];
          if (value === undefined) continue;
          if (name === input.fileField) form.append(name, new File([value], "field.txt", { type: "text/plain" }));
          else form.append(name, value);
          if (name === input.repeated) form.append(name, "again");
        }
        for (const [name, value] of Object.entries(input.extra)) form.append(name, value);

        const headers = new Headers();
        if (input.csrf !== "no-cookie") headers.set("Cookie", cookie);
        if (input.csrf === "cross-site") headers.set("Sec-Fetch-Site", "cross-site");
        let body: BodyInit = form;
        if (!input.multipart && !input.fileField) {
          body = new URLSearchParams([...form].map(([name, value]) => [name, String(value)]));
        }
        const request = new Request(`http://localhost/${lang}/contact`, { method: "POST", headers, body });

        const before = await storedCount();
        let status: number;
        try {
          const result: unknown = await route.action({ request, params: { lang }, context });
          status = result instanceof Response ? result.status : ((result as { init?: ResponseInit | null }).init?.status ?? 200);
        } catch (thrown) {
          // A thrown Response is the app's own answer; anything else would reach the reader as a 500
          if (!(thrown instanceof Response)) throw thrown;
          status = thrown.status;
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        expect([303, 400, 413, 429]).toContain(status);
        expect(await storedCount()).toBe(status === 303 ? before + 1 : before);
        // An address stored for a reply never carries URL syntax that could add headers to it
        if (status === 303) {
          const [stored] = await db.select({ email: contactMessages.email }).from(contactMessages).orderBy(desc(contactMessages.id)).limit(1);
          expect(stored?.email).not.toMatch(/[?&%=]/u);
        }
      }),
      {
        numRuns: 200,
        // Always tried first: a NUL inside a valid-looking message (PostgreSQL text cannot store it), and one
        // message that must be accepted (so a run always reaches a 303, however the random ones fall)
        examples: [
          [{ lang: "fa", fields: { name: "Leila\u0000", email: "ana@example.org", subject: "s", message: "m" }, repeated: undefined, fileField: undefined, extra: {}, csrf: "valid", honeypot: "", multipart: false, address: "192.0.2.200" }],
          [{ lang: "sq", fields: { name: "Arben", email: "arben.k@shembull.al", subject: "Pyetje", message: "Përshëndetje" }, repeated: undefined, fileField: undefined, extra: {}, csrf: "valid", honeypot: "", multipart: false, address: "192.0.2.201" }],
        ],
      },
    );
    // The run reached every kind of answer, not just the first check's
    expect([...statuses.keys()].sort()).toEqual([303, 400, 413, 429]);
  });
});
