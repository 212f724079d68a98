import { describe, expect, test } from "vitest";
import {
  backupFormat,
  backupFormatVersion,
  defaultBackupPath,
  migrationLevel,
  migrationProblem,
  parseManifest,
  tableDifferences,
  type Manifest,
} from "./manifest";

const journal = [
  { tag: "0000_initial", when: 1000 },
  { tag: "0001_search", when: 2000 },
  { tag: "0002_editorial", when: 3000 },
];

const hash = "a".repeat(64);

function manifest(overrides: Partial<Manifest> = {}): Manifest {
  return {
    format: backupFormat,
    formatVersion: backupFormatVersion,
    createdAt: "2026-05-20T13:45:07.123Z",
    driver: "pglite",
    database: { dump: { path: "database/pglite-data-dir.tar.gz", bytes: 10, sha256: hash }, tool: "PGlite dumpDataDir (gzip)", serverVersion: "18.6" },
    migrations: { applied: 3, latest: "0002_editorial", latestWhen: 3000 },
    tables: { "public.articles": 150, "drizzle.__drizzle_migrations": 3 },
    uploads: [{ path: "img/2026/05/0123456789abcdef01234567-480.webp", bytes: 5, sha256: hash }],
    ...overrides,
  };
}

describe("the manifest", () => {
  test("reads back what was written", () => {
    const written = manifest();
    expect(parseManifest(JSON.stringify(written))).toEqual({ ok: true, manifest: written });
  });

  test("something else, or a newer format, is refused with the reason", () => {
    expect(parseManifest("not json")).toMatchObject({ ok: false, problem: expect.stringContaining("not valid JSON") });
    expect(parseManifest(JSON.stringify({ name: "other" }))).toMatchObject({ ok: false, problem: expect.stringContaining(backupFormat) });
    expect(parseManifest(JSON.stringify(manifest({ formatVersion: backupFormatVersion + 1 })))).toMatchObject({
      ok: false,
      problem: expect.stringContaining("newer than this version"),
    });
    const { uploads: _uploads, ...incomplete } = manifest();
    expect(parseManifest(JSON.stringify(incomplete))).toMatchObject({ ok: false, problem: expect.stringContaining("incomplete") });
  });

  test("a path that could reach outside the restored folders is refused", () => {
    for (const path of ["../etc/passwd", "/etc/passwd", "img/../../x", "img//x", "img\\x", "./x"]) {
      const upload = { path, bytes: 1, sha256: hash };
      expect(parseManifest(JSON.stringify(manifest({ uploads: [upload] }))).ok, path).toBe(false);
    }
  });

  test("the migration level is named by the journal when it knows it", () => {
    expect(migrationLevel(3, 3000, journal)).toEqual({ applied: 3, latest: "0002_editorial", latestWhen: 3000 });
    expect(migrationLevel(4, 4000, journal)).toEqual({ applied: 4, latest: null, latestWhen: 4000 });
    expect(migrationLevel(0, null, journal)).toEqual({ applied: 0, latest: null, latestWhen: null });
  });

  test("a backup at this version's level or an older one restores; one from a newer version does not", () => {
    expect(migrationProblem({ applied: 3, latest: "0002_editorial", latestWhen: 3000 }, journal)).toBeUndefined();
    expect(migrationProblem({ applied: 2, latest: "0001_search", latestWhen: 2000 }, journal)).toBeUndefined();
    expect(migrationProblem({ applied: 0, latest: null, latestWhen: null }, journal)).toBeUndefined();
    expect(migrationProblem({ applied: 4, latest: null, latestWhen: 4000 }, journal)).toContain("does not know");
    expect(migrationProblem({ applied: 2, latest: null, latestWhen: 2500 }, journal)).toContain("not one of this version's");
  });

  test("row counts that differ are named, tables missing on either side too", () => {
    expect(tableDifferences({ "public.a": 1, "public.b": 2 }, { "public.a": 1, "public.b": 2 })).toEqual([]);
    expect(tableDifferences({ "public.a": 1, "public.b": 2 }, { "public.a": 0, "public.c": 2 })).toEqual([
      "public.a: 1 → 0",
      "public.b: 2 → absent",
      "public.c: absent → 2",
    ]);
  });

  test("the default file name sorts by time and has no colon", () => {
    expect(defaultBackupPath(new Date("2026-05-20T13:45:07.123Z"))).toBe("backups/ngo-news-2026-05-20T13-45-07Z.tar");
  });
});
