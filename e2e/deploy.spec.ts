// docs/deploy.md, done on this machine: every file it shows is the file in docs/deploy/, and each is used
// for real. nginx (Debian's, /usr/sbin/nginx) runs docs/deploy/nginx-site.conf over HTTPS with a self-signed
// certificate for news.test in front of two app servers, each started by the unit's own ExecStart with
// docs/deploy/env.example, on one new PostgreSQL database made by the page's own commands; the backup unit's
// command writes a backup, and the page's restore drill restores and serves it. No browser.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { request as httpsRequest } from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import postgres from "postgres";
import { pdfAndImageFormBytes } from "../app/uploads/limits";
import {
  deployPage,
  fencedBlocks,
  parseEnvironmentFile,
  parseUnit,
  readText,
  shellCommandLines,
  substitute,
  systemdWords,
  unitSetting,
} from "./deploy-files";

const nginxBinary = "/usr/sbin/nginx";
const systemdAnalyze = "/usr/bin/systemd-analyze";
const siteName = "news.test";
const siteUrl = `https://${siteName}`;
const basePort = Number(process.env.E2E_PORT ?? 3210) + 130;
const ports = { https: basePort, http: basePort + 1, apps: [basePort + 2, basePort + 3], drill: basePort + 4 };
const serverUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
/** The site's role and database, and the drill's database: new for this run, dropped after it */
const roleName = `ngo_news_deploy_${process.pid}`;
const databasePassword = randomBytes(12).toString("hex");

const units = ["ngo-news.service", "ngo-news-backup.service", "ngo-news-backup.timer"];

// The page's shell commands that this test runs, placeholders filled in, in the app's directory (the test's
// own: what `cd /srv/ngo-news` does here); every other shell line of the page must be one that only a real
// machine can run (systemLines), naming real scripts, files and units
const pageCommands = {
  enterAppDirectory: /^cd \/srv\/ngo-news$/,
  createRole: /^sudo -u postgres createuser --pwprompt ngo_news$/,
  createDatabase: /^sudo -u postgres createdb --owner ngo_news ngo_news$/,
  sessionSecret: /^openssl rand -hex 32$/,
  createAdmin: /npm run admin:create -- /,
  createDrillDatabase: /^sudo -u postgres createdb --owner ngo_news ngo_news_drill$/,
  restoreDrill: /docs\/deploy\/restore-drill\.sh /,
  dropDrillDatabase: /^sudo -u postgres dropdb ngo_news_drill$/,
} as const;
const systemLines = [
  /^sudo (apt-get install|useradd|git clone|git pull|npm ci|npm run build|install|ln -s|rm \/etc\/nginx\/sites-enabled\/default$|nginx -t$|certbot|systemctl)\b/,
  /^journalctl -u /,
  /^npm run build$/,
  /^npx playwright test e2e\/deploy\.spec\.ts$/,
];

function pageCommand(name: keyof typeof pageCommands): string {
  const found = shellCommandLines(fencedBlocks(readText(deployPage))).filter((line) => pageCommands[name].test(line));
  expect(found, `${deployPage}: the command ${name}`).toHaveLength(1);
  return found[0]!;
}

test.describe("docs/deploy.md and its files", () => {
  test("every fenced block is its file of docs/deploy/, byte for byte, or shell commands that name real scripts, files and units", () => {
    const blocks = fencedBlocks(readText(deployPage));
    const shown = new Set<string>();
    for (const block of blocks) {
      if (block.file) {
        expect.soft(existsSync(block.file), `${deployPage}:${block.line}: ${block.file}`).toBe(true);
        expect.soft(block.content, `${deployPage}:${block.line} differs from ${block.file}`).toBe(readText(block.file));
        shown.add(block.file);
      } else {
        // An unmarked block can only be commands: a configuration shown without its file would rot
        expect.soft(block.language, `${deployPage}:${block.line}: an unmarked block that is not shell commands`).toBe("sh");
      }
    }
    // Every file of docs/deploy/ is on the page
    expect.soft([...shown].sort()).toEqual(readdirSync("docs/deploy").map((name) => `docs/deploy/${name}`).sort());

    const scripts = Object.keys(JSON.parse(readText("package.json")).scripts as Record<string, string>);
    for (const line of shellCommandLines(blocks)) {
      const ranHere = Object.values(pageCommands).some((pattern) => pattern.test(line));
      expect.soft(ranHere || systemLines.some((pattern) => pattern.test(line)), `a shell line this test neither runs nor knows: ${line}`).toBe(true);
      for (const [, script] of line.matchAll(/npm run ([\w:-]+)/g)) expect.soft(scripts, line).toContain(script);
      for (const [file] of line.matchAll(/docs\/deploy\/[\w.-]+/g)) expect.soft(existsSync(file), line).toBe(true);
      for (const [unit] of line.matchAll(/ngo-news[\w-]*\.(service|timer)/g)) expect.soft(units, line).toContain(unit);
    }
  });

  test("the units and the page agree on where the code, the environment and the backups are", () => {
    const page = readText(deployPage);
    for (const name of units.filter((unit) => unit.endsWith(".service"))) {
      const unit = parseUnit(readText(`docs/deploy/${name}`));
      expect(unitSetting(unit, "Service", "WorkingDirectory"), name).toEqual(["/srv/ngo-news"]);
      expect(unitSetting(unit, "Service", "EnvironmentFile"), name).toEqual(["/etc/ngo-news/env"]);
      expect(unitSetting(unit, "Service", "User"), name).toEqual(["ngo-news"]);
    }
    expect(page).toContain("sudo install -m 640 -g ngo-news docs/deploy/env.example /etc/ngo-news/env");
    expect(page).toContain("sudo install -d -m 700 -o ngo-news -g ngo-news /var/backups/ngo-news");
    expect(readText("docs/deploy/ngo-news-backup.service")).toContain("--out /var/backups/ngo-news/");
  });

  test("env.example passes the app's own validation once filled in, sets only variables the app reads, and cannot start as it is", () => {
    const example = readText("docs/deploy/env.example");
    const variables = parseEnvironmentFile(example);
    const filledIn = parseEnvironmentFile(
      substitute(example, [["SESSION_SECRET=\n", `SESSION_SECRET=${"s".repeat(64)}\n`], ["CHANGE-ME", databasePassword]], "docs/deploy/env.example"),
    );
    const [validated, asItIs] = validatedEnvironments([filledIn, variables]);
    expect(validated!.refused, validated!.refused).toBeUndefined();
    // zod drops what the schema does not name: a variable renamed in the app would be missing here
    for (const [name, value] of Object.entries(filledIn)) {
      expect(Object.keys(validated!.environment!), `${name} is not a variable of app/env.server.ts`).toContain(name);
      expect(String(validated!.environment![name]), name).toBe(value);
    }
    // The placeholder secret stops the start, naming the variable
    expect(asItIs!.refused).toMatch(/SESSION_SECRET/);
    // README's Configuration table describes each one
    const readme = readText("README.md");
    for (const name of Object.keys(variables)) if (name !== "NODE_ENV") expect(readme, name).toContain(`\`${name}\``);
  });

  test("the units pass systemd-analyze verify", () => {
    test.skip(!existsSync(systemdAnalyze), `${systemdAnalyze} is not installed`);
    const directory = mkdtempSync(path.join(tmpdir(), "ngo-news-units-"));
    try {
      // Whether systemd-analyze can run in this container at all: a unit that is certainly valid
      writeFileSync(path.join(directory, "probe.service"), "[Service]\nType=oneshot\nExecStart=/bin/true\n");
      const probe = spawnSync(systemdAnalyze, ["verify", path.join(directory, "probe.service")], { encoding: "utf8" });
      test.skip(probe.status !== 0, `systemd-analyze cannot verify units here: ${probe.stderr}`);
      // The paths that exist on a site's host, for ones that exist here (verify checks that ExecStart's program exists)
      const environmentFile = path.join(directory, "env");
      writeFileSync(environmentFile, "");
      for (const name of units) {
        const text = readText(`docs/deploy/${name}`);
        const rendered = name === "ngo-news-backup.timer" ? text : substitute(text, [["/srv/ngo-news", process.cwd()], ["/etc/ngo-news/env", environmentFile]], name);
        writeFileSync(path.join(directory, name), name === "ngo-news.service" ? substitute(rendered, [["/usr/bin/node", process.execPath]], name) : rendered);
      }
      for (const name of units) {
        const verified = spawnSync(systemdAnalyze, ["verify", path.join(directory, name)], { encoding: "utf8", cwd: directory });
        expect(`${verified.stdout}${verified.stderr}`.trim(), name).toBe("");
        expect(verified.status, name).toBe(0);
      }
      const calendar = spawnSync(systemdAnalyze, ["calendar", unitSetting(parseUnit(readText("docs/deploy/ngo-news-backup.timer")), "Timer", "OnCalendar")[0]!], { encoding: "utf8" });
      expect(calendar.stdout).toContain("Next elapse:");
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

type Validation = { environment?: Record<string, unknown>; refused?: string };

/** Each set of variables as app/env.server.ts validates it, as the whole environment of a process (one process for all: tsx starts slowly) */
function validatedEnvironments(sets: Record<string, string>[]): Validation[] {
  const script = `import { reloadEnvironment } from "./app/env.server.ts";
const sets = JSON.parse(process.env.ENVIRONMENT_SETS);
const results = sets.map((variables) => {
  for (const name of Object.keys(process.env)) delete process.env[name];
  Object.assign(process.env, variables);
  try { return { environment: reloadEnvironment() }; } catch (error) { return { refused: error.message }; }
});
console.log(JSON.stringify(results));`;
  const run = spawnSync(path.resolve("node_modules/.bin/tsx"), ["--tsconfig", "tsconfig.json", "-"], {
    input: script,
    encoding: "utf8",
    env: { PATH: process.env.PATH!, ENVIRONMENT_SETS: JSON.stringify(sets) } as unknown as NodeJS.ProcessEnv,
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Validation[];
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  rawHeaders: string[];
  body: Buffer;
}

/** A request with exactly these headers: through nginx over HTTPS (the certificate checked for news.test), or plain to a port */
function send(
  target: { port: number; tls: boolean; localAddress?: string },
  method: string,
  pathname: string,
  headers: Record<string, string> = {},
  body?: Buffer | string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const options = { host: "127.0.0.1", port: target.port, method, path: pathname, headers, agent: false as const, localAddress: target.localAddress };
    const request = target.tls ? httpsRequest({ ...options, servername: siteName, ca: deployment.certificate }) : httpRequest(options);
    let answered = false;
    request.on("response", (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, rawHeaders: response.rawHeaders, body: Buffer.concat(chunks) }));
    });
    // nginx answers a body too large before it has all of it: the rest of the upload may be cut off
    request.on("error", (error) => answered || reject(error));
    request.end(body);
  });
}

/** A reader's browser through nginx: its own address, its cookies */
class Reader {
  private readonly cookies = new Map<string, string>();
  constructor(private readonly address = "127.0.0.1") {}

  async request(method: string, pathname: string, headers: Record<string, string> = {}, body?: Buffer | string): Promise<Answer> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const answer = await send({ port: ports.https, tls: true, localAddress: this.address }, method, pathname, { Host: siteName, ...(cookie ? { Cookie: cookie } : {}), ...headers }, body);
    for (const line of [answer.headers["set-cookie"] ?? []].flat()) {
      const [, name, value] = /^([^=]+)=([^;]*)/.exec(line) ?? [];
      if (name) this.cookies.set(name, value!);
    }
    deployment.requestIds.push(...[answer.headers["x-request-id"] ?? []].flat());
    return answer;
  }

  /** A form's page, and its CSRF token */
  async formToken(pathname: string): Promise<string> {
    const page = await this.request("GET", pathname);
    expect(page.status, pathname).toBe(200);
    const token = /name="csrf" value="([^"]+)"/.exec(page.body.toString())?.[1];
    expect(token, pathname).toBeTruthy();
    return token!;
  }

  /** A form posted from the site's own page, as a browser sends it */
  post(pathname: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Answer> {
    return this.request("POST", pathname, { "Content-Type": "application/x-www-form-urlencoded", Origin: siteUrl, ...headers }, new URLSearchParams(fields).toString());
  }
}

/** A multipart form with one file, of exactly `totalBytes` when given (the file's content is padded with zeros) */
function multipart(fields: Record<string, string>, file: { filename: string; type: string; content?: Buffer }, totalBytes?: number): { body: Buffer; contentType: string } {
  const boundary = `----deploy${randomBytes(8).toString("hex")}`;
  const head = Buffer.from(
    Object.entries(fields)
      .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join("") + `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const content = totalBytes === undefined ? file.content! : Buffer.alloc(totalBytes - head.length - tail.length);
  return { body: Buffer.concat([head, content, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** nginx's own answer, not one passed on from the app (whose every answer carries X-Request-Id) */
function isNginxOwn(answer: Answer): boolean {
  return answer.headers["x-request-id"] === undefined && /nginx/.test(answer.body.toString());
}

interface Process {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A program in a process group of its own (stopped the way systemd stops a unit: the whole group) */
function start(command: string, args: string[], options: { cwd?: string; env: Record<string, string>; input?: string }): Process {
  let output = "";
  const child = spawn(command, args, { cwd: options.cwd, env: options.env as unknown as NodeJS.ProcessEnv, detached: true, stdio: ["pipe", "pipe", "pipe"] });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  child.stdin!.end(options.input);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  return { child, output: () => output, exited };
}

async function finished(process: Process, what: string): Promise<string> {
  const { code } = await process.exited;
  expect(code, `${what}:\n${process.output()}`).toBe(0);
  return process.output();
}

/** Waits until each of the server's `workers` processes says it listens; fails at once with its output when it exits */
async function serving(process: Process, workers: number, what: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while ((process.output().match(/Serving on http:\/\/\S+/g)?.length ?? 0) < workers) {
    if (process.child.exitCode !== null || Date.now() > deadline) throw new Error(`${what} did not start:\n${process.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Stops a program as systemd stops a unit with KillMode=mixed: SIGTERM to the main process (the server passes
 * it to its workers), SIGKILL to the whole group after `graceMs`
 */
async function stop(process: Process | undefined, graceMs = 15_000): Promise<{ code: number | null; elapsedMs: number } | undefined> {
  if (!process || process.child.exitCode !== null || process.child.signalCode !== null) return undefined;
  const started = Date.now();
  process.child.kill("SIGTERM");
  const killer = setTimeout(() => {
    try {
      globalThis.process.kill(-process.child.pid!, "SIGKILL");
    } catch {
      // gone already
    }
  }, graceMs);
  const { code } = await process.exited;
  clearTimeout(killer);
  return { code, elapsedMs: Date.now() - started };
}

/** The page's commands and the files' text, with this machine's values in place of the placeholders */
function placeholders(): [string, string][] {
  const database = new URL(serverUrl);
  return [
    ["/etc/letsencrypt/live/news.example.org/fullchain.pem", deployment.certificateFile],
    ["/etc/letsencrypt/live/news.example.org/privkey.pem", deployment.keyFile],
    ["news.example.org", siteName],
    ["listen 443 ssl", `listen 127.0.0.1:${ports.https} ssl`],
    ["listen 80;", `listen 127.0.0.1:${ports.http};`],
    ["10.0.0.11:3000", `127.0.0.1:${ports.apps[0]}`],
    ["10.0.0.12:3000", `127.0.0.1:${ports.apps[1]}`],
    ["10.0.0.10:5432", `${database.hostname}:${database.port || 5432}`],
    // Where nginx connects from, for TRUST_PROXY: all on loopback here
    ["10.0.0.11", "127.0.0.1"],
    ["CHANGE-ME", databasePassword],
    ["ngo_news", roleName],
    ["/srv/ngo-news-shared", deployment.sharedDirectory],
    ["/srv/ngo-news", process.cwd()],
    ["/etc/ngo-news/env", deployment.environmentFiles[0]!],
    ["/var/backups/ngo-news", deployment.backupsDirectory],
    ["/usr/bin/node", process.execPath],
    ["sudo -u postgres ", ""],
    ["sudo -H -u ngo-news ", ""],
  ];
}

/** `text` with those of the placeholders it holds filled in */
function render(text: string): string {
  return placeholders().reduce((result, [placeholder, value]) => result.split(placeholder).join(value), text);
}

/** What a program gets from a login: PATH and HOME (and where this run's build is: remix.config.js; a site's host has it in build/) */
function loginEnvironment(): Record<string, string> {
  return {
    PATH: process.env.PATH!,
    HOME: process.env.HOME ?? tmpdir(),
    ...(process.env.REMIX_BUILD_DIR ? { REMIX_BUILD_DIR: process.env.REMIX_BUILD_DIR } : {}),
  };
}

/** What the page's commands run with: a login's, and PostgreSQL's superuser for `sudo -u postgres` */
function commandEnvironment(extra: Record<string, string> = {}): Record<string, string> {
  const database = new URL(serverUrl);
  return {
    ...loginEnvironment(),
    PGHOST: database.hostname,
    PGPORT: database.port || "5432",
    PGUSER: decodeURIComponent(database.username) || "postgres",
    ...(database.password ? { PGPASSWORD: decodeURIComponent(database.password) } : {}),
    ...extra,
  };
}

/** Runs one of the page's shell lines, placeholders filled in, in the app's directory */
function runPageCommand(name: keyof typeof pageCommands, options: { input?: string; env?: Record<string, string> } = {}): Process {
  return start("sh", ["-c", render(pageCommand(name))], { cwd: process.cwd(), env: commandEnvironment(options.env), input: options.input });
}

const deployment = {
  directory: "",
  certificate: "",
  certificateFile: "",
  keyFile: "",
  /** The volume both app hosts mount; UPLOADS_DIR is in it */
  sharedDirectory: "",
  backupsDirectory: "",
  environmentFiles: [] as string[],
  apps: [] as Process[],
  nginx: undefined as Process | undefined,
  adminPassword: "",
  /** X-Request-Id of every answer the app gave through nginx */
  requestIds: [] as string[],
  uploadedPdf: "",
};
let administrator: ReturnType<typeof postgres> | undefined;

/** An app host: the unit's ExecStart in its WorkingDirectory with its EnvironmentFile, as systemd runs it */
function startAppHost(environmentFile: string): Process {
  const unit = parseUnit(render(readText("docs/deploy/ngo-news.service")));
  const [program, ...args] = systemdWords(unitSetting(unit, "Service", "ExecStart")[0]!);
  const [workingDirectory] = unitSetting(unit, "Service", "WorkingDirectory");
  // Each host's own file stands for its /etc/ngo-news/env (both hosts share this machine: only PORT differs)
  expect(unitSetting(unit, "Service", "EnvironmentFile")).toEqual([deployment.environmentFiles[0]]);
  const environment = parseEnvironmentFile(readText(environmentFile));
  return start(program!, args, { cwd: workingDirectory, env: { ...loginEnvironment(), ...environment } });
}

test.describe("the site behind nginx: two app hosts on one PostgreSQL database", () => {
  test.describe.configure({ mode: "serial" });
  // CI has both (.ci/run): there a missing one fails the test below instead
  test.skip(!existsSync(nginxBinary) && !process.env.CI, `needs Debian's nginx at ${nginxBinary} (apt-get install nginx); CI installs it (.ci/run)`);
  test.skip(
    spawnSync("pg_isready", ["-q", "-d", serverUrl]).status !== 0 && !process.env.CI,
    `needs PostgreSQL and its client tools: ${serverUrl} does not answer (set TEST_DATABASE_URL)`,
  );

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    expect(existsSync(nginxBinary), `${nginxBinary}: .ci/run installs nginx`).toBe(true);
    administrator = postgres(serverUrl, { max: 1, onnotice: () => {}, connect_timeout: 5 });
    try {
      await administrator`select 1`;
    } catch (error) {
      throw new Error(`PostgreSQL at ${serverUrl} does not answer (set TEST_DATABASE_URL): ${(error as Error).message}`);
    }

    deployment.directory = mkdtempSync(path.join(tmpdir(), "ngo-news-deploy-"));
    // nginx's workers (nobody, when it starts as root) write its temporary files in here
    chmodSync(deployment.directory, 0o755);
    deployment.sharedDirectory = path.join(deployment.directory, "shared");
    deployment.backupsDirectory = path.join(deployment.directory, "backups");
    mkdirSync(deployment.sharedDirectory);
    mkdirSync(deployment.backupsDirectory);
    deployment.certificateFile = path.join(deployment.directory, "fullchain.pem");
    deployment.keyFile = path.join(deployment.directory, "privkey.pem");
    const certificate = spawnSync("openssl", [
      "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
      "-subj", `/CN=${siteName}`, "-addext", `subjectAltName=DNS:${siteName}`,
      "-keyout", deployment.keyFile, "-out", deployment.certificateFile,
    ], { encoding: "utf8" });
    expect(certificate.status, certificate.stderr).toBe(0);
    deployment.certificate = readFileSync(deployment.certificateFile, "utf8");

    // Step 1: the role (its password asked twice) and its database
    await finished(runPageCommand("createRole", { input: `${databasePassword}\n${databasePassword}\n` }), "createuser");
    await finished(runPageCommand("createDatabase"), "createdb");

    // Step 2: the environment file, one per host here since both hosts share this machine (their own port)
    const secret = (await finished(runPageCommand("sessionSecret"), "openssl rand")).trim();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    const example = readText("docs/deploy/env.example");
    deployment.environmentFiles = ports.apps.map((port, index) => path.join(deployment.directory, `env-${index}`));
    for (const [index, port] of ports.apps.entries()) {
      const filled = render(substitute(example, [["SESSION_SECRET=\n", `SESSION_SECRET=${secret}\n`], ["PORT=3000\n", `PORT=${port}\n`]], "docs/deploy/env.example"));
      expect(filled).not.toMatch(/example\.org|10\.0\.0\.|CHANGE-ME/);
      writeFileSync(deployment.environmentFiles[index]!, `${filled}HOST=127.0.0.1\n`, { mode: 0o600 });
    }

    // Both hosts and the first administrator at once, on the new database: the migrations run once, under the lock
    const createAdmin = runPageCommand("createAdmin");
    deployment.apps = deployment.environmentFiles.map((file) => startAppHost(file));
    const adminOutput = await finished(createAdmin, "admin:create");
    deployment.adminPassword = /^Password \(shown only now[^)]*\): (\S+)$/m.exec(adminOutput)?.[1] ?? "";
    expect(deployment.adminPassword, adminOutput).not.toBe("");
    const workers = Number(parseEnvironmentFile(example).WEB_CONCURRENCY ?? 1);
    for (const [index, app] of deployment.apps.entries()) await serving(app, workers, `app host ${index + 1}`);
    // Three processes migrated the new database at once: each migration is applied once
    const site = postgres(parseEnvironmentFile(readText(deployment.environmentFiles[0]!)).DATABASE_URL!, { max: 1, onnotice: () => {} });
    const [applied] = await site<{ count: number }[]>`select count(*)::int as count from drizzle.__drizzle_migrations`;
    await site.end();
    expect(applied!.count).toBe(readdirSync("drizzle").filter((name) => name.endsWith(".sql")).length);

    // Step 3: nginx with the site's file, in a main configuration of its own (Debian's nginx.conf holds the
    // site files in its http block); pid, logs and temporary files in this run's directory
    const directory = deployment.directory;
    writeFileSync(path.join(directory, "ngo-news.conf"), render(readText("docs/deploy/nginx-site.conf")));
    writeFileSync(
      path.join(directory, "nginx.conf"),
      [
        "daemon off;",
        "worker_processes 1;",
        `pid ${directory}/nginx.pid;`,
        `error_log ${directory}/error.log info;`,
        "events { worker_connections 256; }",
        "http {",
        `  access_log ${directory}/access.log;`,
        ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `  ${kind}_temp_path ${directory}/${kind}_temp;`),
        `  include ${directory}/ngo-news.conf;`,
        "}",
        "",
      ].join("\n"),
    );
    const nginxArguments = ["-p", directory, "-e", `${directory}/error.log`, "-c", `${directory}/nginx.conf`];
    const checked = spawnSync(nginxBinary, ["-t", ...nginxArguments], { encoding: "utf8" });
    expect(checked.status, checked.stderr).toBe(0);
    deployment.nginx = start(nginxBinary, nginxArguments, { env: { PATH: process.env.PATH! } });
    await expect
      .poll(async () => (await send({ port: ports.https, tls: true }, "GET", "/healthz", { Host: siteName }).catch(() => undefined))?.status, { timeout: 15_000 })
      .toBe(200);
  });

  test.afterAll(async () => {
    await Promise.all([...deployment.apps.map((app) => stop(app)), stop(deployment.nginx, 5_000)]);
    if (administrator) {
      for (const database of [`${roleName}_drill`, roleName]) await administrator.unsafe(`drop database if exists "${database}" with (force)`);
      await administrator.unsafe(`drop role if exists "${roleName}"`);
      await administrator.end();
    }
    if (deployment.directory) rmSync(deployment.directory, { recursive: true, force: true });
  });

  test("plain HTTP is redirected to the same address over HTTPS", async () => {
    const answer = await send({ port: ports.http, tls: false }, "GET", "/en?page=2", { Host: siteName });
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe(`${siteUrl}/en?page=2`);
  });

  test("over HTTPS: /en answers 200 with canonical links on SITE_URL, Strict-Transport-Security once, from the app, and Secure cookies", async () => {
    const reader = new Reader();
    const home = await reader.request("GET", "/en");
    expect(home.status).toBe(200);
    expect(home.body.toString()).toContain(`<link rel="canonical" href="${siteUrl}/en"/>`);
    const hsts = home.rawHeaders.filter((_, index) => index % 2 === 0 && home.rawHeaders[index]!.toLowerCase() === "strict-transport-security");
    expect(hsts).toHaveLength(1);
    expect(home.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    // The app sends it (nginx adds none): to an HTTPS request only, which it knows by nginx's X-Forwarded-Proto
    const direct = await send({ port: ports.apps[0]!, tls: false }, "GET", "/en");
    expect(direct.status).toBe(200);
    expect(direct.headers["strict-transport-security"]).toBeUndefined();
    // A Host the site does not have still gets links on SITE_URL
    const otherHost = await send({ port: ports.https, tls: true }, "GET", "/en", { Host: "evil.example" });
    expect(otherHost.body.toString()).toContain(`<link rel="canonical" href="${siteUrl}/en"/>`);
    const contact = await reader.request("GET", "/en/contact");
    expect(contact.headers["set-cookie"]?.join("\n")).toMatch(/^csrf=[^;]+;.*; Secure/m);
  });

  test("each reader's own address reaches the app: the contact form's limit counts per address, on both hosts together", async () => {
    const limit = 5; // CONTACT_RATE_LIMIT_MAX's default (env.example leaves it)
    const message = { name__confirm: "", name: "Reader", email: "reader@example.org", subject: "Hello", message: "Hello from behind nginx" };
    const busy = new Reader("127.0.0.2");
    const csrf = await busy.formToken("/en/contact");
    for (let sent = 1; sent <= limit; sent++) {
      const accepted = await busy.post("/en/contact", { csrf, ...message });
      expect(accepted.status, `message ${sent}`).toBe(303);
    }
    expect((await busy.post("/en/contact", { csrf, ...message })).status).toBe(429);
    // Another reader is not affected: without X-Forwarded-For both would be nginx's own address
    const neighbour = new Reader("127.0.0.3");
    const neighbourCsrf = await neighbour.formToken("/en/contact");
    expect((await neighbour.post("/en/contact", { csrf: neighbourCsrf, ...message })).status).toBe(303);
  });

  test("another site's form post is refused with 403, the site's own is not", async () => {
    const reader = new Reader("127.0.0.4");
    const csrf = await reader.formToken("/en/contact");
    const fields = { csrf, name__confirm: "", name: "Reader", email: "reader@example.org", subject: "Hello", message: "Hello" };
    const crossSite = await reader.post("/en/contact", fields, { Origin: "https://evil.example" });
    expect(crossSite.status).toBe(403);
    expect(crossSite.headers["x-request-id"]).toBeDefined();
    const ownSite = await reader.post("/en/contact", fields, { Origin: siteUrl });
    expect(ownSite.status).toBe(303);
  });

  test("the first administrator signs in and uploads a PDF, which both app hosts serve from the shared volume", async () => {
    const editor = new Reader();
    const signInToken = await editor.formToken("/admin/sign-in");
    const signedIn = await editor.post("/admin/sign-in", { csrf: signInToken, email: "you@example.org", password: deployment.adminPassword, next: "/admin" });
    expect(signedIn.status, signedIn.body.toString().slice(0, 500)).toBe(302);
    expect(signedIn.headers["set-cookie"]?.join("\n")).toMatch(/^admin_session=[^;]+;.*; Secure/m);

    const document = await PDFDocument.create();
    document.addPage();
    const pdf = Buffer.from(await document.save());
    const csrf = await editor.formToken("/admin/uploads");
    const { body, contentType } = multipart({ csrf }, { filename: "report.pdf", type: "application/pdf", content: pdf });
    const uploaded = await editor.request("POST", "/admin/uploads", { "Content-Type": contentType, Origin: siteUrl }, body);
    expect(uploaded.status, uploaded.body.toString().slice(0, 500)).toBe(303);
    const library = await editor.request("GET", uploaded.headers.location!);
    deployment.uploadedPdf = /\/uploads\/pdf\/\d{4}\/\d{2}\/[0-9a-f]{24}\.pdf/.exec(library.body.toString())?.[0] ?? "";
    expect(deployment.uploadedPdf).not.toBe("");
    for (const port of ports.apps) {
      const served = await send({ port, tls: false }, "GET", deployment.uploadedPdf);
      expect(served.status, `app host on ${port}`).toBe(200);
      expect(served.body.equals(pdf), `app host on ${port}`).toBe(true);
    }
  });

  test("uploads: the largest form the app takes passes nginx, a body of client_max_body_size reaches the app, one byte more is nginx's 413", async () => {
    test.setTimeout(90_000);
    const setting = /^\s*client_max_body_size (\d+)([km]?);$/m.exec(readText("docs/deploy/nginx-site.conf"));
    expect(setting).not.toBeNull();
    const nginxLimit = Number(setting![1]) * { "": 1, k: 1024, m: 1024 * 1024 }[setting![2] as "" | "k" | "m"];
    // Matching the app: no form it takes is refused by nginx, and nginx lets through little more
    expect(nginxLimit).toBeGreaterThanOrEqual(pdfAndImageFormBytes);
    expect(nginxLimit).toBeLessThan(pdfAndImageFormBytes * 1.1);

    const editor = new Reader();
    const signInToken = await editor.formToken("/admin/sign-in");
    expect((await editor.post("/admin/sign-in", { csrf: signInToken, email: "you@example.org", password: deployment.adminPassword, next: "/admin" })).status).toBe(302);
    // (One token per browser, on every form of the editorial screens)
    const csrf = await editor.formToken("/admin/uploads");
    const post = (pathname: string, totalBytes: number) => {
      const { body, contentType } = multipart({ csrf }, { filename: "large.pdf", type: "application/pdf" }, totalBytes);
      expect(body.length).toBe(totalBytes);
      return editor.request("POST", pathname, { "Content-Type": contentType, Origin: siteUrl }, body);
    };
    // The publication form at its limit: read whole by the app, which answers on the form (no edition chosen: 400), not 413
    const largestForm = await post("/admin/publications/new", pdfAndImageFormBytes);
    expect(isNginxOwn(largestForm)).toBe(false);
    expect(largestForm.status).not.toBe(413);
    expect(largestForm.status).toBeLessThan(500);
    // Exactly nginx's limit: the app's own answer (larger than any form it takes)
    const atLimit = await post("/admin/publications/new", nginxLimit);
    expect(isNginxOwn(atLimit)).toBe(false);
    expect(atLimit.status).toBe(413);
    const overLimit = await post("/admin/publications/new", nginxLimit + 1);
    expect(overLimit.status).toBe(413);
    expect(isNginxOwn(overLimit)).toBe(true);
  });

  test("the backup unit's command writes a backup, and the page's restore drill restores and serves it", async () => {
    test.setTimeout(120_000);
    const unit = parseUnit(render(readText("docs/deploy/ngo-news-backup.service")));
    const environment = { ...loginEnvironment(), ...parseEnvironmentFile(readText(unitSetting(unit, "Service", "EnvironmentFile")[0]!)) };
    const [workingDirectory] = unitSetting(unit, "Service", "WorkingDirectory");
    for (const setting of ["ExecStart", "ExecStartPost"]) {
      for (const commandLine of unitSetting(unit, "Service", setting)) {
        const [program, ...args] = systemdWords(commandLine);
        await finished(start(program!, args, { cwd: workingDirectory, env: environment }), `${setting}=${commandLine}`);
      }
    }
    const backups = readdirSync(deployment.backupsDirectory);
    expect(backups).toEqual([expect.stringMatching(/^ngo-news-\d{8}T\d{6}Z\.tar$/)]);

    await finished(runPageCommand("createDrillDatabase"), "createdb (drill)");
    const drill = await finished(runPageCommand("restoreDrill", { env: { DRILL_PORT: String(ports.drill) } }), "the restore drill");
    expect(drill).toContain("/healthz: 200");
    expect(drill).toContain("/en: 200");
    // The uploaded PDF came back with the database that names it
    expect(drill).toContain(`${deployment.uploadedPdf}: 200`);
    expect(drill).toMatch(/^Restore drill passed: .*\.tar was restored and served\.$/m);
    await finished(runPageCommand("dropDrillDatabase"), "dropdb (drill)");
  });

  test("both app hosts served; stopped with SIGTERM, one exits 0 within the unit's TimeoutStopSec and the site answers from the other", async () => {
    test.setTimeout(60_000);
    for (const [index, app] of deployment.apps.entries()) {
      expect(deployment.requestIds.some((id) => app.output().includes(id)), `app host ${index + 1} answered none of the requests through nginx`).toBe(true);
    }
    const timeoutStopSeconds = Number(unitSetting(parseUnit(readText("docs/deploy/ngo-news.service")), "Service", "TimeoutStopSec")[0]);
    const stopped = await stop(deployment.apps[0], timeoutStopSeconds * 1_000);
    expect(stopped?.code).toBe(0);
    expect(stopped!.elapsedMs).toBeLessThan(timeoutStopSeconds * 1_000);
    const reader = new Reader();
    for (let request = 0; request < 4; request++) {
      expect((await reader.request("GET", "/en")).status).toBe(200);
      expect((await reader.request("GET", "/healthz")).status).toBe(200);
    }
    const csrf = await reader.formToken("/en/contact");
    expect((await reader.post("/en/contact", { csrf, name__confirm: "", name: "Reader", email: "reader@example.org", subject: "Hi", message: "Still here" })).status).toBe(303);
  });
});
