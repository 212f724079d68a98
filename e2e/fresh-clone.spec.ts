// A stranger's first command: the repository cloned into an empty directory, README's start command run
// there with an environment that holds nothing of ours (no .data/, no build/, no .env, none of our
// variables), and the site answers with its demo content. Slow (npm install and a build): one test.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { publishedArticles } from "./fixtures";

/** The first command of README's set-up block, exactly as a reader copies it */
function readmeStartCommand(): string {
  const block = /```sh\n([^\n]*)\n/.exec(readFileSync("README.md", "utf8"))?.[1] ?? "";
  return block.replace(/\s+#.*$/, "").trim();
}

test("a fresh clone serves the site with its demo content after README's first command", async ({ request }) => {
  test.setTimeout(15 * 60_000);
  const command = readmeStartCommand();
  expect(command).toBe("npm install && npm start");

  const directory = mkdtempSync(path.join(tmpdir(), "ngo-news-fresh-clone-"));
  const clone = path.join(directory, "site");
  execFileSync("git", ["clone", "--quiet", process.cwd(), clone]);
  // What a new machine has: a PATH and a home (npm's cache lives there), nothing of this project's
  // After the test servers' ports (E2E_PORT, playwright.config.ts), so parallel runs with other E2E_PORTs do not meet
  const port = Number(process.env.E2E_PORT ?? 3210) + 89;
  const environment = { PATH: process.env.PATH!, HOME: process.env.HOME ?? directory, PORT: String(port) } as unknown as NodeJS.ProcessEnv;
  let output = "";
  const site = spawn("sh", ["-c", command], { cwd: clone, env: environment, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  site.stdout!.on("data", (chunk) => (output += chunk));
  site.stderr!.on("data", (chunk) => (output += chunk));
  try {
    await expect.poll(() => output, { timeout: 12 * 60_000, intervals: [2_000] }).toMatch(new RegExp(`Serving on http://localhost:${port}`));
    const home = await request.get(`http://127.0.0.1:${port}/en`);
    expect(home.status(), output.slice(-2_000)).toBe(200);
    expect(await home.text()).toContain(publishedArticles("en")[0]!.title);
    for (const edition of ["ar", "fa", "sq"]) expect((await request.get(`http://127.0.0.1:${port}/${edition}`)).status()).toBe(200);
    // The demo accounts' passwords are on the console, once, and sign in
    expect(output).toMatch(/Their passwords are shown only this once/);
    const password = /^\s+admin@example\.org\s+admin\s+(\S+)$/m.exec(output)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    const signInPage = await (await request.get(`http://127.0.0.1:${port}/admin/sign-in`)).text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(signInPage)?.[1];
    const signedIn = await request.post(`http://127.0.0.1:${port}/admin/sign-in`, {
      form: { csrf: csrf!, email: "admin@example.org", password: password!, next: "/admin" },
      maxRedirects: 0,
    });
    expect(signedIn.status()).toBe(302);
    expect(signedIn.headers()["set-cookie"]).toContain("admin_session=");
  } finally {
    process.kill(-site.pid!, "SIGTERM");
    await new Promise((resolve) => site.once("exit", resolve));
    rmSync(directory, { recursive: true, force: true });
  }
});
