import { describe, expect, it } from "vitest";
import { wantsDemoAccounts } from "./demo-accounts.server";

describe("demo accounts", () => {
  it("are made on the embedded database, and on PostgreSQL only when asked for", () => {
    const embedded = { SEED_DEMO_ACCOUNTS: "auto", SEED_DEMO_CONTENT: "auto", DATABASE_URL: undefined } as const;
    const postgres = { ...embedded, DATABASE_URL: "postgres://db.example/news" };
    expect(wantsDemoAccounts(embedded)).toBe(true);
    expect(wantsDemoAccounts(postgres)).toBe(false);
    expect(wantsDemoAccounts({ ...postgres, SEED_DEMO_ACCOUNTS: "1" })).toBe(true);
    expect(wantsDemoAccounts({ ...embedded, SEED_DEMO_ACCOUNTS: "0" })).toBe(false);
    expect(wantsDemoAccounts({ ...embedded, SEED_DEMO_CONTENT: "never" })).toBe(false);
  });
});
