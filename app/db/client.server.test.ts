// The PostgreSQL connection through an outage: a TCP proxy in front of the server (TEST_DATABASE_URL) is
// cut while queries keep coming, as pages keep being asked for, then restored.
import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CuttableTcpProxy } from "../../tests/support/tcp-proxy";
import { connectDatabase, reconnectDelaySeconds, type DatabaseConnection } from "./client.server";

describe("reconnectDelaySeconds", () => {
  it("retries at once after a first failure and never waits more than a second, however long the outage", () => {
    expect(reconnectDelaySeconds(0)).toBeLessThanOrEqual(0.01);
    for (let failedAttempts = 0; failedAttempts <= 100; failedAttempts++) {
      const delay = reconnectDelaySeconds(failedAttempts);
      expect(delay).toBeGreaterThan(0);
      expect(delay).toBeLessThanOrEqual(1);
    }
  });
});

const serverUrl = process.env.TEST_DATABASE_URL;

/** How long a promise takes to settle, in ms, and whether it was fulfilled */
async function timed(promise: Promise<unknown>): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  const ok = await promise.then(
    () => true,
    () => false,
  );
  return { ms: performance.now() - started, ok };
}

describe.skipIf(!serverUrl)("the PostgreSQL connection through an outage (TEST_DATABASE_URL)", () => {
  const databaseName = `ngo_news_client_${process.pid}_${Date.now()}`;
  const channel = "client_outage_test";
  let admin: ReturnType<typeof postgres>;
  let proxy: CuttableTcpProxy;
  let connection: DatabaseConnection;
  const notifications: string[] = [];
  let listens = 0;

  beforeAll(async () => {
    admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${databaseName}`);
    const target = new URL(serverUrl!);
    proxy = new CuttableTcpProxy({ host: target.hostname || "127.0.0.1", port: Number(target.port || 5432) });
    await proxy.restore();
    const databaseUrl = new URL(serverUrl!);
    databaseUrl.hostname = "127.0.0.1";
    databaseUrl.port = String(proxy.port);
    databaseUrl.pathname = `/${databaseName}`;
    connection = await connectDatabase({ databaseUrl: databaseUrl.toString() });
    await connection.listen(
      channel,
      (payload) => notifications.push(payload),
      () => listens++,
    );
  });

  afterAll(async () => {
    await connection?.close();
    await proxy?.cut();
    await admin?.unsafe(`drop database if exists ${databaseName} with (force)`);
    await admin?.end();
  });

  it("fails queries at once while the database is away, works again within seconds of its return, and listens again", async () => {
    expect(listens).toBe(1);
    await proxy.cut();
    // Pages keep being asked for: each runs a few queries at once. Every failed connection attempt used to
    // lengthen postgres.js's wait before the next one, up to 20 s: queries then hung that long for their error.
    const outageStarted = performance.now();
    while (performance.now() - outageStarted < 4_000) {
      const round = await timed(Promise.all(Array.from({ length: 6 }, () => connection.db.execute(sql`select 1`))));
      expect(round.ok).toBe(false);
      expect(round.ms).toBeLessThan(3_000);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    await proxy.restore();
    const restored = performance.now();
    // Every connection of the pool back (a page's queries run on several at once)
    const recovery = await timed(Promise.all(Array.from({ length: 10 }, () => connection.db.execute(sql`select pg_sleep(0.05)`))));
    expect(recovery.ok).toBe(true);
    expect(recovery.ms).toBeLessThan(3_000);

    // The LISTEN is back on its own, and told so (a change announced while it was away was missed)
    await expect.poll(() => listens, { timeout: 3_000 }).toBe(2);
    expect(performance.now() - restored).toBeLessThan(3_500);
    // NOTIFY reaches the listeners of the same database: sent there directly, not through the proxy
    const direct = new URL(serverUrl!);
    direct.pathname = `/${databaseName}`;
    const announcer = postgres(direct.toString(), { max: 1, onnotice: () => {} });
    await announcer`select pg_notify(${channel}, 'after the outage')`;
    await announcer.end();
    await expect.poll(() => notifications, { timeout: 3_000 }).toEqual(["after the outage"]);
  });
});

describe.skipIf(!serverUrl)("several processes opening one new PostgreSQL database at once", () => {
  const databaseName = `ngo_news_startup_${process.pid}_${Date.now()}`;
  let admin: ReturnType<typeof postgres>;
  const connections: DatabaseConnection[] = [];

  beforeAll(async () => {
    admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${databaseName}`);
  });

  afterAll(async () => {
    await Promise.all(connections.map((connection) => connection.close()));
    await admin.unsafe(`drop database if exists ${databaseName} with (force)`);
    await admin.end();
  });

  it("migrate and seed one after the other: the others wait, then find nothing left to do", async () => {
    const url = new URL(serverUrl!);
    url.pathname = `/${databaseName}`;
    const steps: string[] = [];
    const open = (name: string) =>
      connectDatabase({
        databaseUrl: url.toString(),
        afterMigrating: async () => {
          steps.push(`${name} starts seeding`);
          await new Promise((resolve) => setTimeout(resolve, 300));
          steps.push(`${name} done`);
        },
      });
    connections.push(...(await Promise.all([open("a"), open("b"), open("c")])));
    // Never two at once: each one's seeding ends before the next one's begins
    for (let step = 0; step < steps.length; step += 2) {
      expect(steps[step]).toMatch(/starts seeding$/);
      expect(steps[step + 1]).toBe(steps[step]!.replace("starts seeding", "done"));
    }
    expect(steps).toHaveLength(6);
    // Each migration applied once
    const journal = JSON.parse(readFileSync(path.resolve("drizzle/meta/_journal.json"), "utf8")) as { entries: unknown[] };
    const result = await connections[0]!.db.execute<{ applied: number }>(sql`select count(*)::int as applied from drizzle.__drizzle_migrations`);
    const rows = Array.isArray(result) ? result : (result as { rows: { applied: number }[] }).rows;
    expect(rows[0]!.applied).toBe(journal.entries.length);
  });
});
