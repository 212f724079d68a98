// The site's identity (app/models/site-identity.server.ts) on each driver: the built-in defaults until an
// admin saves, one edition's texts with the shared logo and profiles, kept in memory until a change is
// announced, and every save recorded in the audit log and announced to the page caches.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SignedInUser } from "~/auth/permissions";
import type { DatabaseConnection } from "~/db/client.server";
import { auditLog, editionIdentities, uploads } from "~/db/schema";
import { editionCodes } from "~/editions";
import { defaultEditionIdentity, defaultSocialProfiles } from "~/identity/site-identity";
import type { SiteIdentityInput } from "~/models/site-identity.server";

export function siteIdentitySuite(driver: string, connect: () => Promise<DatabaseConnection>, disconnect: () => Promise<void>) {
  describe(`the site's identity on ${driver}`, () => {
    let connection: DatabaseConnection;
    let admin: SignedInUser;
    const model = () => import("~/models/site-identity.server");

    beforeAll(async () => {
      connection = await connect();
      const result = await connection.db.execute<{ tablename: string }>(sql`select tablename from pg_tables where schemaname = 'public'`);
      const tables = (Array.isArray(result) ? result : (result as { rows: { tablename: string }[] }).rows).map((row) => `"${row.tablename}"`);
      await connection.db.execute(sql.raw(`truncate table ${tables.join(", ")} restart identity cascade`));
      const { createUser } = await import("~/models/users.server");
      admin = await createUser(connection.db, { email: "identity@example.org", password: "a long admin password", role: "admin" });
      (await model()).forgetSiteIdentity();
    });
    afterAll(disconnect);

    const input = (logoUploadId: number | null): SiteIdentityInput => ({
      editions: Object.fromEntries(
        editionCodes.map((code) => [code, { ...defaultEditionIdentity(code), ...(code === "fa" ? { siteName: "افق نو", tagline: "شعار تازه", logoAlt: "نشان افق نو" } : {}) }]),
      ),
      logoUploadId,
      social: [{ network: "youtube", url: "https://www.youtube.com/@new" }],
    });

    it("an edition no admin has set shows the built-in name, tagline and profiles, without a logo", async () => {
      const identity = await (await model()).siteIdentity("fa");
      expect(identity).toEqual({ ...defaultEditionIdentity("fa"), logoAlt: undefined, logo: null, social: defaultSocialProfiles });
    });

    it("a save shows the new name, tagline, logo (its largest copy, with the edition's alt text) and profiles in one query's answer", async () => {
      const { saveSiteIdentity, siteIdentity } = await model();
      const [logo] = await connection.db
        .insert(uploads)
        .values({ kind: "image", storageKey: "img/logo-test", originalName: "logo.png", mimeType: "image/png", bytes: 1000, width: 1200, height: 300, widths: [480, 960, 1200] })
        .returning();
      await saveSiteIdentity(connection.db, admin, input(logo!.id));
      expect(await siteIdentity("fa")).toEqual({
        siteName: "افق نو",
        tagline: "شعار تازه",
        logo: { src: "/uploads/img/logo-test-1200.webp", width: 1200, height: 300, alt: "نشان افق نو" },
        social: [{ network: "youtube", url: "https://www.youtube.com/@new" }],
      });
      // Another edition keeps its own name; without alt text its logo is a mark shown beside the name
      await connection.db.update(editionIdentities).set({ logoAlt: "" }).where(eq(editionIdentities.edition, "en"));
      (await model()).forgetSiteIdentity();
      expect((await siteIdentity("en")).logo?.alt).toBe("");
    });

    it("is kept in memory until forgotten (as a content change does)", async () => {
      const { forgetSiteIdentity, siteIdentity } = await model();
      await siteIdentity("fa");
      await connection.db.update(editionIdentities).set({ siteName: "نام دیگر" }).where(eq(editionIdentities.edition, "fa"));
      expect((await siteIdentity("fa")).siteName).toBe("افق نو");
      forgetSiteIdentity();
      expect((await siteIdentity("fa")).siteName).toBe("نام دیگر");
    });

    it("a deleted logo upload leaves the site without a logo, never a broken image", async () => {
      const { forgetSiteIdentity, siteIdentity } = await model();
      await connection.db.delete(uploads);
      forgetSiteIdentity();
      expect((await siteIdentity("fa")).logo).toBeNull();
    });

    it("every save is in the audit log, and the database refuses an empty name", async () => {
      const entries = await connection.db.select().from(auditLog).where(eq(auditLog.entityType, "identity"));
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ action: "update", actorEmail: "identity@example.org" });
      expect(entries[0]!.summary).toContain("fa: افق نو");
      await expect(connection.db.update(editionIdentities).set({ siteName: "  " }).where(eq(editionIdentities.edition, "fa"))).rejects.toThrow();
    });
  });
}
