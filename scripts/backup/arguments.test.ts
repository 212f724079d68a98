import { describe, expect, test } from "vitest";
import { npmKeptForce, parseBackupArguments, parseRestoreArguments } from "./arguments";

describe("npm run backup's arguments", () => {
  test("no argument: the default file name", () => {
    expect(parseBackupArguments([])).toEqual({ ok: true, value: { out: undefined, help: false } });
  });

  test("--out FILE, -o FILE, --out=FILE or the file alone", () => {
    for (const args of [["--out", "x.tar"], ["-o", "x.tar"], ["--out=x.tar"], ["x.tar"]]) {
      expect(parseBackupArguments(args), args.join(" ")).toEqual({ ok: true, value: { out: "x.tar", help: false } });
    }
  });

  test("an unknown option, two files or an empty name are refused with the usage", () => {
    for (const args of [["--outt", "x.tar"], ["a.tar", "b.tar"], ["--out", "a.tar", "b.tar"], ["--out="]]) {
      const parsed = parseBackupArguments(args);
      expect(parsed.ok, args.join(" ")).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain("Usage: npm run backup");
    }
  });
});

describe("npm run restore's arguments", () => {
  test("the file, with or without --force, before or after it", () => {
    expect(parseRestoreArguments(["b.tar"])).toEqual({ ok: true, value: { file: "b.tar", force: false, help: false } });
    expect(parseRestoreArguments(["b.tar", "--force"])).toEqual({ ok: true, value: { file: "b.tar", force: true, help: false } });
    expect(parseRestoreArguments(["--force", "b.tar"])).toEqual({ ok: true, value: { file: "b.tar", force: true, help: false } });
  });

  test("no file, two files or an unknown option are refused with the usage", () => {
    for (const args of [[], ["a.tar", "b.tar"], ["a.tar", "--forse"], ["--force"]]) {
      const parsed = parseRestoreArguments(args);
      expect(parsed.ok, args.join(" ")).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain("Usage: npm run restore -- FILE");
    }
  });

  test("--help needs no file", () => {
    expect(parseRestoreArguments(["--help"])).toMatchObject({ ok: true, value: { help: true } });
  });

  test("--force written before npm's -- reaches npm, not the script: noticed so the refusal can say how to write it", () => {
    expect(npmKeptForce({ npm_config_force: "true" })).toBe(true);
    expect(npmKeptForce({})).toBe(false);
  });
});
