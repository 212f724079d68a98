// The editorial foundation and its screens' data, run on each driver (see pglite.test.ts and
// postgres.test.ts) on a fresh database: who may do what, accounts, sessions that expire, the sign-in
// lock-out, the audit log written in the change's own transaction, comment moderation and the inbox.
import { and, count, eq, sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { can, editionsOf, type Permission, type SignedInUser } from "~/auth/permissions";
import type { DatabaseConnection } from "~/db/client.server";
import { articles, auditLog, authors, categories, comments, contactMessages, sessions, signInFailures, users } from "~/db/schema";
import { editionCodes } from "~/editions";

const allPermissions: Permission[] = [
  "content.edit",
  "content.publish",
  "content.delete",
  "translation.edit",
  "taxonomy.manage",
  "comments.moderate",
  "inbox.read",
  "uploads.create",
  "accounts.manage",
  "audit.read",
];

/** `connect` opens a fresh database and points the app's model layer at it */
export function editorialSuite(driver: string, connect: () => Promise<DatabaseConnection>, disconnect: () => Promise<void>) {
  describe(`the editorial screens' data on ${driver}`, () => {
    let connection: DatabaseConnection;
    const db = () => connection.db;
    const app = {
      users: () => import("~/models/users.server"),
      session: () => import("~/auth/session.server"),
      throttle: () => import("~/auth/sign-in-throttle.server"),
      audit: () => import("~/models/audit.server"),
      moderation: () => import("~/models/admin-comments.server"),
      comments: () => import("~/models/comments.server"),
      inbox: () => import("~/models/admin-messages.server"),
    };
    let admin: SignedInUser;

    beforeAll(async () => {
      connection = await connect();
      // Start from an empty database, whatever an earlier suite left in it
      const result = await connection.db.execute<{ tablename: string }>(sql`select tablename from pg_tables where schemaname = 'public'`);
      const tables = (Array.isArray(result) ? result : (result as { rows: { tablename: string }[] }).rows).map((row) => `"${row.tablename}"`);
      await connection.db.execute(sql.raw(`truncate table ${tables.join(", ")} restart identity cascade`));
      const { createUser } = await app.users();
      admin = await createUser(db(), { email: "chief@example.org", password: "a long admin password", role: "admin" });
    });
    afterAll(disconnect);

    describe("roles", () => {
      type Holder = Pick<SignedInUser, "role" | "editions">;
      const editor: Holder = { role: "editor", editions: ["fa", "ar"] };
      const translator: Holder = { role: "translator", editions: ["sq"] };
      const translatorPermissions: Permission[] = ["translation.edit", "uploads.create"];
      const adminOnly: Permission[] = ["accounts.manage", "audit.read"];

      it("lets an administrator do everything in every edition", () => {
        const user: Holder = { role: "admin", editions: [] };
        for (const permission of allPermissions) {
          expect(can(user, permission), permission).toBe(true);
          for (const edition of editionCodes) expect(can(user, permission, edition), `${permission} ${edition}`).toBe(true);
        }
        expect(editionsOf(user)).toEqual([...editionCodes]);
      });

      it("lets an editor do everything but accounts and the audit log, in their editions only", () => {
        for (const permission of allPermissions) {
          for (const edition of editionCodes) {
            const expected = !adminOnly.includes(permission) && editor.editions.includes(edition);
            expect(can(editor, permission, edition), `${permission} ${edition}`).toBe(expected);
          }
          expect(can(editor, permission), permission).toBe(!adminOnly.includes(permission));
        }
      });

      it("lets a translator only translate and upload, into their editions", () => {
        for (const permission of allPermissions) {
          for (const edition of editionCodes) {
            expect(can(translator, permission, edition), `${permission} ${edition}`).toBe(translatorPermissions.includes(permission) && edition === "sq");
          }
        }
      });

      it("gives an editor without editions nothing, and ignores editions that do not exist", () => {
        expect(can({ role: "editor", editions: [] }, "content.edit")).toBe(false);
        expect(editionsOf({ role: "editor", editions: ["fa", "xx"] })).toEqual(["fa"]);
        expect(can({ role: "editor", editions: ["xx"] }, "content.edit", "xx")).toBe(false);
      });
    });

    describe("accounts", () => {
      it("finds an account for signing in whatever the case of its address, and never a disabled one", async () => {
        const { createUser, findUserForSignIn, isEmailTaken } = await app.users();
        const created = await createUser(db(), { email: "  Mixed.Case@Example.org ", password: "a long enough password", role: "editor", editions: ["fa"] });
        expect(created.email).toBe("mixed.case@example.org");
        expect((await findUserForSignIn(db(), "MIXED.case@example.ORG"))?.id).toBe(created.id);
        expect(await isEmailTaken(db(), "Mixed.CASE@example.org")).toBe(true);
        // The address is unique whatever its case, in the database itself
        await expect(createUser(db(), { email: "MIXED.CASE@EXAMPLE.ORG", password: "another password", role: "translator" })).rejects.toThrow();

        await db().update(users).set({ disabled: true }).where(eq(users.id, created.id));
        expect(await findUserForSignIn(db(), "mixed.case@example.org")).toBeNull();
        expect(await findUserForSignIn(db(), "nobody@example.org")).toBeNull();
      });

      it("records an account's creation and changes in the audit log, never its password", async () => {
        const { createAccount, updateAccount, setAccountDisabled, resetAccountPassword, findAccount } = await app.users();
        const password = "Generated-Password-1234";
        const account = await createAccount(db(), admin, { email: "new.translator@example.org", password, role: "translator", editions: ["sq", "sq"], interfaceLanguage: "sq" });
        expect(await findAccount(db(), account.id)).toMatchObject({ role: "translator", editions: ["sq"], interfaceLanguage: "sq", disabled: false });
        await updateAccount(db(), admin, account, { role: "admin", editions: ["sq"], interfaceLanguage: "en" });
        // An administrator works on every edition: none are stored
        expect(await findAccount(db(), account.id)).toMatchObject({ role: "admin", editions: [], interfaceLanguage: "en" });
        await setAccountDisabled(db(), admin, account, true);
        await resetAccountPassword(db(), admin, account, "Another-Generated-5678");

        const entries = await db().select().from(auditLog).where(and(eq(auditLog.entityType, "user"), eq(auditLog.entityId, account.id)));
        expect(entries.map((entry) => entry.action).sort()).toEqual(["create", "disable", "reset-password", "update"]);
        for (const entry of entries) {
          expect(entry.userId).toBe(admin.id);
          expect(entry.summary).not.toContain(password);
          expect(entry.summary).not.toContain("Another-Generated-5678");
        }
      });

      it("refuses that an administrator disables, demotes or resets their own account", async () => {
        const { selfChangeProblem } = await app.users();
        expect(selfChangeProblem(admin, admin, { disable: true })).toBe("selfDisable");
        expect(selfChangeProblem(admin, admin, { role: "editor" })).toBe("selfDemote");
        expect(selfChangeProblem(admin, admin, { role: "admin" })).toBeNull();
        expect(selfChangeProblem(admin, admin, { resetPassword: true })).toBe("selfReset");
        expect(selfChangeProblem(admin, { id: admin.id + 1000, role: "admin" }, { disable: true, role: "editor" })).toBeNull();
      });
    });

    describe("sessions", () => {
      async function signedInRequest(userId: number): Promise<Request> {
        const { startSession } = await app.session();
        const setCookie = await startSession(new Request("http://localhost/admin/sign-in", { method: "POST" }), userId);
        return new Request("http://localhost/admin", { headers: { Cookie: setCookie.split(";")[0]! } });
      }

      it("finds the user of a live session, and nobody once it has expired", async () => {
        const { createUser } = await app.users();
        const { findSessionUser } = await app.session();
        const user = await createUser(db(), { email: "session@example.org", password: "a long enough password", role: "translator", editions: ["sq"] });
        const request = await signedInRequest(user.id);
        expect((await findSessionUser(request))?.email).toBe("session@example.org");

        await db().update(sessions).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(sessions.userId, user.id));
        expect(await findSessionUser(request)).toBeNull();
        // A forged or missing cookie is nobody either
        expect(await findSessionUser(new Request("http://localhost/admin", { headers: { Cookie: "admin_session=forged" } }))).toBeNull();
        expect(await findSessionUser(new Request("http://localhost/admin"))).toBeNull();
      });

      it("ends every session of an account at once, and never finds a disabled account's", async () => {
        const { createUser } = await app.users();
        const { endSessionsOf, findSessionUser } = await app.session();
        const user = await createUser(db(), { email: "two.browsers@example.org", password: "a long enough password", role: "editor", editions: ["en"] });
        const [first, second] = [await signedInRequest(user.id), await signedInRequest(user.id)];
        expect(await findSessionUser(second)).not.toBeNull();
        await db().update(users).set({ disabled: true }).where(eq(users.id, user.id));
        expect(await findSessionUser(first)).toBeNull();
        await db().update(users).set({ disabled: false }).where(eq(users.id, user.id));
        expect(await findSessionUser(first)).not.toBeNull();
        await endSessionsOf(user.id);
        expect(await findSessionUser(first)).toBeNull();
        expect(await findSessionUser(second)).toBeNull();
      });
    });

    describe("the sign-in lock-out", () => {
      it("stops an account after the allowed failures with a time to wait, and a success clears them", async () => {
        const { beginSignInAttempt, checkSignInThrottle, clearSignInFailures } = await app.throttle();
        const { getEnvironment } = await import("~/env.server");
        const max = getEnvironment().SIGN_IN_MAX_FAILURES;
        const email = "Guessed@Example.org";
        for (let failure = 0; failure < max - 1; failure++) expect(await beginSignInAttempt(db(), email, `192.0.2.${failure + 1}`)).toEqual({ allowed: true });
        expect(await checkSignInThrottle(db(), email, "192.0.2.200")).toEqual({ allowed: true });
        expect(await beginSignInAttempt(db(), email, "192.0.2.100")).toEqual({ allowed: true });
        // Whatever the case of the address and wherever the next attempt comes from
        const locked = await checkSignInThrottle(db(), "guessed@example.org", "192.0.2.201");
        expect(locked.allowed).toBe(false);
        if (!locked.allowed) expect(locked.retryAfterSeconds).toBeGreaterThan(0);
        expect((await beginSignInAttempt(db(), "guessed@example.org", "192.0.2.201")).allowed).toBe(false);
        // Another account is not locked by this one's failures
        expect(await checkSignInThrottle(db(), "someone.else@example.org", "192.0.2.202")).toEqual({ allowed: true });

        await clearSignInFailures(db(), email);
        expect(await checkSignInThrottle(db(), email, "192.0.2.201")).toEqual({ allowed: true });
      });

      it("stops an address that guesses many accounts", async () => {
        const { beginSignInAttempt, checkSignInThrottle } = await app.throttle();
        const { getEnvironment } = await import("~/env.server");
        const max = getEnvironment().SIGN_IN_MAX_FAILURES;
        for (let failure = 0; failure < max * 4; failure++) await beginSignInAttempt(db(), `victim${failure}@example.org`, "198.51.100.77");
        expect((await checkSignInThrottle(db(), "fresh@example.org", "198.51.100.77")).allowed).toBe(false);
        expect((await checkSignInThrottle(db(), "fresh@example.org", "198.51.100.78")).allowed).toBe(true);
      });
    });

    describe("the sign-in form under simultaneous guesses", () => {
      type Answer = Response | { init: ResponseInit | null };
      const statusOf = (answer: Answer) => (answer instanceof Response ? answer.status : answer.init?.status);
      const headersOf = (answer: Answer) => (answer instanceof Response ? answer.headers : new Headers(answer.init?.headers));

      /** Posts the sign-in form as a browser does, with its CSRF cookie and field */
      async function postSignIn(email: string, password: string, clientAddress: string): Promise<Answer> {
        const { action } = await import("~/routes/admin.sign-in/route");
        const { commitCsrfToken } = await import("~/security/csrf.server");
        const { token, setCookie } = await commitCsrfToken(new Request("http://localhost/admin/sign-in"));
        const body = new URLSearchParams({ csrf: token, email, password, next: "/admin" });
        const request = new Request("http://localhost/admin/sign-in", { method: "POST", headers: { Cookie: setCookie!.split(";")[0]! }, body });
        return (await action({ request, params: {}, context: { clientAddress } as never })) as Answer;
      }

      // Each guess that reached the password check leaves exactly one failure behind
      async function failuresWhere(condition: SQL): Promise<number> {
        const [row] = await db().select({ total: count() }).from(signInFailures).where(condition);
        return row?.total ?? 0;
      }

      it("checks only the allowed number of 20 simultaneous wrong passwords for one account, then locks it", async () => {
        const { createUser } = await app.users();
        const { getEnvironment } = await import("~/env.server");
        const max = getEnvironment().SIGN_IN_MAX_FAILURES;
        await createUser(db(), { email: "raced@example.org", password: "the right long password", role: "editor", editions: ["en"] });

        const answers = await Promise.all(Array.from({ length: 20 }, (_, n) => postSignIn("raced@example.org", `wrong guess ${n}`, `203.0.113.${n + 1}`)));
        expect(answers.map(statusOf).every((status) => status === 400 || status === 429)).toBe(true);
        expect(await failuresWhere(eq(signInFailures.emailKey, "raced@example.org"))).toBe(max);

        // Locked now, even for the right password, with a time to wait
        const locked = await postSignIn("raced@example.org", "the right long password", "203.0.113.99");
        expect(statusOf(locked)).toBe(429);
        expect(Number(headersOf(locked).get("Retry-After"))).toBeGreaterThan(0);
      });

      it("checks only four times the allowed number of simultaneous guesses from one address, whatever the accounts", async () => {
        const { getEnvironment } = await import("~/env.server");
        const max = getEnvironment().SIGN_IN_MAX_FAILURES;
        await Promise.all(Array.from({ length: max * 6 }, (_, n) => postSignIn(`sprayed${n}@example.org`, "a guess", "198.51.100.200")));
        expect(await failuresWhere(eq(signInFailures.clientAddress, "198.51.100.200"))).toBe(max * 4);
      });

      it("forgives an account's failures on a successful sign-in", async () => {
        const { createUser } = await app.users();
        await createUser(db(), { email: "forgiven@example.org", password: "the right long password", role: "editor", editions: ["en"] });
        expect(statusOf(await postSignIn("forgiven@example.org", "wrong", "203.0.113.150"))).toBe(400);
        expect(await failuresWhere(eq(signInFailures.emailKey, "forgiven@example.org"))).toBe(1);
        expect(statusOf(await postSignIn("forgiven@example.org", "the right long password", "203.0.113.150"))).toBe(302);
        expect(await failuresWhere(eq(signInFailures.emailKey, "forgiven@example.org"))).toBe(0);
      });
    });

    describe("the audit log", () => {
      it("keeps no entry of a change whose transaction is rolled back", async () => {
        const { recordAudit, listAuditEntries } = await app.audit();
        const before = (await listAuditEntries(db(), { entityType: "article" })).total;
        await expect(
          db().transaction(async (tx) => {
            await recordAudit(tx, admin, { action: "delete", entityType: "article", entityId: 999, summary: "never happened" });
            tx.rollback();
          }),
        ).rejects.toThrow();
        expect((await listAuditEntries(db(), { entityType: "article" })).total).toBe(before);
        const [kept] = await db().select().from(auditLog).where(eq(auditLog.summary, "never happened"));
        expect(kept).toBeUndefined();
      });

      it("lists entries newest first, by kind of item and by account", async () => {
        const { recordAudit, listAuditEntries, auditFilterChoices } = await app.audit();
        const { createUser } = await app.users();
        const editor = await createUser(db(), { email: "audited.editor@example.org", password: "a long enough password", role: "editor", editions: ["en"] });
        for (const summary of ["first", "second", "third"]) {
          await recordAudit(db(), editor, { action: "update", entityType: "page", entityId: 1, edition: "en", summary });
        }
        const { rows, total } = await listAuditEntries(db(), { entityType: "page", actorId: editor.id });
        expect(total).toBe(3);
        expect(rows.map((row) => row.summary)).toEqual(["third", "second", "first"]);
        const everything = await listAuditEntries(db(), { limit: 2 });
        expect(everything.rows).toHaveLength(2);
        expect(everything.rows[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(everything.rows[1]!.createdAt.getTime());
        expect((await listAuditEntries(db(), { actorId: editor.id, entityType: "user" })).total).toBe(0);
        const choices = await auditFilterChoices(db());
        expect(choices.entityTypes).toContain("page");
        expect(choices.actors.map((actor) => actor.email)).toContain("audited.editor@example.org");
      });
    });

    describe("comment moderation and the inbox", () => {
      let faArticle: number;
      let enArticle: number;

      beforeAll(async () => {
        const [category] = await db().insert(categories).values({ key: "moderation-test" }).returning();
        const [author] = await db().insert(authors).values({ key: "moderation-test" }).returning();
        const article = (edition: string, slug: string) => ({
          edition,
          slug,
          title: `${edition} article`,
          body: "Body.",
          categoryId: category!.id,
          authorId: author!.id,
          status: "published" as const,
          publishedAt: new Date(Date.now() - 3_600_000),
        });
        const rows = await db().insert(articles).values([article("fa", "گزارش-آزمایشی"), article("en", "test-report")]).returning({ id: articles.id });
        faArticle = rows[0]!.id;
        enArticle = rows[1]!.id;
      });

      it("shows pending comments first, only in the editor's editions, and an approved one under its article", async () => {
        const { listModerationQueue, findCommentsToModerate, moderateComments } = await app.moderation();
        const { approvedComments, createPendingComment } = await app.comments();
        const old = await createPendingComment({ articleId: faArticle, authorName: "مریم", authorEmail: "m@example.org", body: "<b>نخست</b>" });
        const spam = await createPendingComment({ articleId: faArticle, authorName: "Bot", authorEmail: "b@example.org", body: "Buy now" });
        const english = await createPendingComment({ articleId: enArticle, authorName: "Ann", authorEmail: "a@example.org", body: "Thanks" });
        await db().update(comments).set({ createdAt: sql`now() - interval '1 day'` }).where(eq(comments.id, old.id));
        await db().update(comments).set({ status: "rejected" }).where(eq(comments.id, english.id));

        const queue = await listModerationQueue(db(), { editions: ["fa"] });
        expect(queue.rows.map((row) => row.id)).toEqual([old.id, spam.id]);
        expect(queue.rows[0]).toMatchObject({ edition: "fa", articleTitle: "fa article", body: "<b>نخست</b>", status: "pending" });
        const everything = await listModerationQueue(db(), { editions: ["fa", "en"] });
        expect(everything.rows.map((row) => row.status)).toEqual(["pending", "pending", "rejected"]);
        expect((await listModerationQueue(db(), { editions: ["fa", "en"], status: "rejected" })).rows.map((row) => row.id)).toEqual([english.id]);
        // An edition outside the editor's is never shown, even when asked for
        expect((await listModerationQueue(db(), { editions: ["fa"], edition: "en" })).total).toBe(0);

        const targets = await findCommentsToModerate(db(), [old.id]);
        expect(targets).toEqual([{ id: old.id, status: "pending", edition: "fa", articleTitle: "fa article" }]);
        expect(await moderateComments(db(), admin, targets, "approve")).toBe(1);
        expect(await moderateComments(db(), admin, await findCommentsToModerate(db(), [spam.id]), "spam")).toBe(1);
        // Deciding again what is already so changes and records nothing
        expect(await moderateComments(db(), admin, await findCommentsToModerate(db(), [old.id]), "approve")).toBe(0);

        expect((await approvedComments(faArticle)).map((comment) => comment.id)).toEqual([old.id]);
        const recorded = await db().select().from(auditLog).where(eq(auditLog.entityType, "comment")).orderBy(auditLog.id);
        expect(recorded.map((entry) => [entry.action, entry.entityId, entry.edition])).toEqual([
          ["approve", old.id, "fa"],
          ["spam", spam.id, "fa"],
        ]);
      });

      it("marks a message read when it is first opened, archives it and brings it back, recording each once", async () => {
        const { listInbox, findContactMessage, markContactMessageRead, setContactMessageArchived } = await app.inbox();
        const [message] = await db()
          .insert(contactMessages)
          .values({ edition: "fa", name: "خواننده", email: "secret.sender@example.org", subject: "پرسش", message: "سلام" })
          .returning();
        await db().insert(contactMessages).values({ edition: "sq", name: "Lexues", email: "l@example.org", subject: "Pyetje", message: "Përshëndetje" });

        const inbox = await listInbox(db(), { editions: ["fa"], status: "new" });
        expect(inbox.rows.map((row) => row.subject)).toEqual(["پرسش"]);
        expect(inbox.counts).toEqual({ new: 1, read: 0, archived: 0 });

        expect(await markContactMessageRead(db(), admin, message!)).toBe(true);
        const read = (await findContactMessage(db(), message!.id))!;
        expect(read.status).toBe("read");
        expect(await markContactMessageRead(db(), admin, read)).toBe(false);
        await setContactMessageArchived(db(), admin, read, true);
        expect((await listInbox(db(), { editions: ["fa"], status: "archived" })).rows.map((row) => row.id)).toEqual([message!.id]);
        await setContactMessageArchived(db(), admin, (await findContactMessage(db(), message!.id))!, false);
        expect((await findContactMessage(db(), message!.id))?.status).toBe("read");

        const recorded = await db().select().from(auditLog).where(eq(auditLog.entityType, "contact-message")).orderBy(auditLog.id);
        expect(recorded.map((entry) => entry.action)).toEqual(["read", "archive", "unarchive"]);
        // The sender's address is never written to the audit log
        for (const entry of recorded) expect(entry.summary).not.toContain("secret.sender@example.org");
      });
    });
  });
}
