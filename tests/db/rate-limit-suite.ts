// The readers' forms' rate limit (app/security/rate-limit.server.ts), kept in the database so that every
// server process counts the same attempts; run on each driver (see pglite.test.ts and postgres.test.ts).
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "~/db/client.server";
import { formAttempts } from "~/db/schema";

/** `connect` opens a fresh database and points the app's model layer at it */
export function rateLimitSuite(driver: string, connect: () => Promise<DatabaseConnection>, disconnect: () => Promise<void>) {
  describe(`the readers' forms' rate limit on ${driver}`, () => {
    let connection: DatabaseConnection;
    const limiter = () => import("~/security/rate-limit.server");
    const limit = { limit: 3, windowSeconds: 600 };

    beforeAll(async () => {
      connection = await connect();
    });
    beforeEach(async () => {
      await connection.db.delete(formAttempts);
    });
    afterAll(disconnect);

    /** An attempt made `secondsAgo` seconds ago */
    async function pastAttempt(form: string, clientAddress: string, secondsAgo: number) {
      await connection.db.insert(formAttempts).values({ form, clientAddress, createdAt: sql`now() - make_interval(secs => ${secondsAgo})` });
    }

    it("lets an address send up to the limit, then refuses and says when the oldest attempt leaves the window", async () => {
      const { attemptFormSubmission } = await limiter();
      await pastAttempt("contact", "198.51.100.1", 500);
      await pastAttempt("contact", "198.51.100.1", 300);
      expect((await attemptFormSubmission("contact", "198.51.100.1", limit)).allowed).toBe(true);
      const refused = await attemptFormSubmission("contact", "198.51.100.1", limit);
      expect(refused.allowed).toBe(false);
      // The oldest attempt (500 s ago) leaves the 600 s window in 100 s
      if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(99);
      if (!refused.allowed) expect(refused.retryAfterSeconds).toBeLessThanOrEqual(101);
    });

    it("counts each address and each form on its own, and forgets attempts older than the window", async () => {
      const { attemptFormSubmission } = await limiter();
      for (let n = 0; n < 3; n++) await pastAttempt("contact", "198.51.100.2", 700);
      for (let n = 0; n < 2; n++) await pastAttempt("contact", "198.51.100.2", 10);
      expect((await attemptFormSubmission("contact", "198.51.100.2", limit)).allowed).toBe(true);
      expect((await attemptFormSubmission("contact", "198.51.100.2", limit)).allowed).toBe(false);
      expect((await attemptFormSubmission("comments", "198.51.100.2", limit)).allowed).toBe(true);
      expect((await attemptFormSubmission("contact", "198.51.100.3", limit)).allowed).toBe(true);
      // The expired attempts are gone from the table, not only ignored
      const [{ expired }] = (await connection.db
        .select({ expired: sql<number>`count(*)::int` })
        .from(formAttempts)
        .where(sql`${formAttempts.createdAt} < now() - interval '600 seconds'`)) as [{ expired: number }];
      expect(expired).toBe(0);
    });

    it("gives a released attempt back (a form returned with errors is not a message)", async () => {
      const { attemptFormSubmission } = await limiter();
      const one = { limit: 1, windowSeconds: 600 };
      const first = await attemptFormSubmission("comments", "198.51.100.4", one);
      expect(first.allowed).toBe(true);
      if (first.allowed) await first.release();
      expect((await attemptFormSubmission("comments", "198.51.100.4", one)).allowed).toBe(true);
      expect((await attemptFormSubmission("comments", "198.51.100.4", one)).allowed).toBe(false);
    });

    // One connection only in PGlite: the lock cannot be held by another session there
    it.skipIf(driver === "PGlite")("refuses a full window at once, without queueing for the address's lock", async () => {
      const { attemptFormSubmission } = await limiter();
      for (let n = 0; n < 3; n++) await pastAttempt("contact", "198.51.100.6", 10);
      const lockKey = sql`hashtext('form_attempts'), hashtext(${"contact 198.51.100.6"})`;
      await connection.db.transaction(async (transaction) => {
        // Another process deciding for the same address holds the lock meanwhile
        await transaction.execute(sql`select pg_advisory_xact_lock(${lockKey})`);
        const decided = await Promise.race([
          attemptFormSubmission("contact", "198.51.100.6", limit),
          new Promise<"waited">((resolve) => setTimeout(() => resolve("waited"), 2_000)),
        ]);
        expect(decided).toMatchObject({ allowed: false });
      });
    });

    it("refuses a known full window again from memory, and forgets it when an attempt is given back", async () => {
      const { attemptFormSubmission } = await limiter();
      const one = { limit: 1, windowSeconds: 600 };
      const first = await attemptFormSubmission("comments", "198.51.100.7", one);
      expect(first.allowed).toBe(true);
      expect((await attemptFormSubmission("comments", "198.51.100.7", one)).allowed).toBe(false);
      // No database is asked now: a refusal this process has seen stands until it is rechecked
      const unreachable = new Proxy(connection.db, {
        get: () => {
          throw new Error("the database was asked");
        },
      });
      const remembered = await attemptFormSubmission("comments", "198.51.100.7", one, unreachable);
      expect(remembered).toMatchObject({ allowed: false });
      if (!remembered.allowed) expect(remembered.retryAfterSeconds).toBeGreaterThan(590);
      // The form came back with errors: its attempt no longer counts, and the next post is let through
      if (first.allowed) await first.release();
      expect((await attemptFormSubmission("comments", "198.51.100.7", one)).allowed).toBe(true);
    });

    it("lets exactly the limit through when one address posts many times at once", async () => {
      const { attemptFormSubmission } = await limiter();
      const decisions = await Promise.all(Array.from({ length: 12 }, () => attemptFormSubmission("contact", "198.51.100.5", limit)));
      expect(decisions.filter((decision) => decision.allowed)).toHaveLength(3);
    });
  });
}
