import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { DrizzleQueryError } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createHttpLogger, createLogger, loggablePath, maskEmails, routeRouterWarningsToLog } from "./logging.server";

const lines: string[] = [];
const capture = new Writable({
  write(chunk: Buffer, _encoding, callback) {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    callback();
  },
});

let server: Server;
let origin: string;

beforeAll(async () => {
  const logger = createLogger(capture, "info");
  const httpLogger = createHttpLogger(logger);
  server = createServer((req, res) => {
    httpLogger(req, res);
    // A handler that logs the whole request by mistake: the redaction still hides its secrets
    req.log.info({ req, headers: req.headers }, "handler saw a request");
    res.setHeader("Set-Cookie", "session=server-secret-session; HttpOnly");
    res.statusCode = 404;
    res.end("not here");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the request log", () => {
  it("records id, method, path, status and duration, and none of the secrets", async () => {
    lines.length = 0;
    const response = await fetch(`${origin}/en/search?q=floods&email=jane.doe@example.org&token=abc123secret`, {
      headers: { Cookie: "__session=cookie-secret-value; csrf=csrf-secret", Authorization: "Bearer auth-secret-token" },
    });
    await response.text();
    await expect.poll(() => lines.length).toBeGreaterThanOrEqual(2);

    const output = lines.join("\n");
    for (const secret of ["cookie-secret-value", "csrf-secret", "auth-secret-token", "abc123secret", "server-secret-session", "jane.doe@example.org", "jane.doe"]) {
      expect(output).not.toContain(secret);
    }

    const entries = lines.map((line) => JSON.parse(line) as Record<string, any>);
    const completed = entries.find((entry) => entry.res);
    expect(completed).toBeDefined();
    expect(completed!.level).toBe("warn");
    expect(completed!.req).toEqual({
      id: response.headers.get("x-request-id"),
      method: "GET",
      path: "/en/search?q=floods&email=j…@example.org&token=[redacted]",
    });
    expect(completed!.res).toEqual({ status: 404 });
    expect(typeof completed!.durationMs).toBe("number");

    const handlerLine = entries.find((entry) => entry.msg === "handler saw a request");
    expect(handlerLine!.req).toEqual(completed!.req);
    expect(handlerLine!.headers.cookie).toBe("[redacted]");
    expect(handlerLine!.headers.authorization).toBe("[redacted]");
  });

  it("logs a sign-in or a form's POST without its body, its cookies or the cookies it sets", async () => {
    lines.length = 0;
    const response = await fetch(`${origin}/admin/sign-in?next=/admin/messages`, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Cookie: "admin_session=session-token-value; csrf=csrf-cookie-value; lng=fa",
      },
      body: new URLSearchParams({ csrf: "csrf-field-value", email: "editor@example.org", password: "typed-in-password-value" }),
    });
    await response.text();
    await expect.poll(() => lines.length).toBeGreaterThanOrEqual(2);
    const output = lines.join("\n");
    for (const secret of ["session-token-value", "csrf-cookie-value", "csrf-field-value", "editor@example.org", "typed-in-password-value", "server-secret-session"]) {
      expect(output).not.toContain(secret);
    }
    expect(JSON.parse(lines.find((line) => line.includes('"res"'))!).req).toMatchObject({ method: "POST", path: "/admin/sign-in?next=/admin/messages" });
  });

  it("keeps a proxy's sane X-Request-Id and replaces anything else", async () => {
    const kept = await fetch(`${origin}/en`, { headers: { "X-Request-Id": "edge-1234.abc" } });
    expect(kept.headers.get("x-request-id")).toBe("edge-1234.abc");
    const replaced = await fetch(`${origin}/en`, { headers: { "X-Request-Id": "<script>alert(1)</script>" } });
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("errors in the log", () => {
  it("never carry the values a failed query was given, nor an address PostgreSQL quotes", () => {
    const output: string[] = [];
    const logger = createLogger(new Writable({ write: (chunk: Buffer, _encoding, done) => (output.push(chunk.toString("utf8")), done()) }), "info");
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "users_email"'), {
      code: "23505",
      detail: "Key (email)=(jane.doe@example.org) already exists.",
    });
    const failed = new DrizzleQueryError(
      "insert into contact_messages (edition, name, email, subject, message) values ($1, $2, $3, $4, $5)",
      ["en", "Jane Doe", "jane.doe@example.org", "About my neighbour", "Private words about my neighbour"],
      cause,
    );
    logger.error({ err: failed, method: "POST", path: "/en/contact/jane.doe@example.org" }, "request failed");
    const line = output.join("");
    for (const value of ["Jane Doe", "jane.doe@example.org", "About my neighbour", "Private words"]) expect(line).not.toContain(value);
    const entry = JSON.parse(line) as { err: { message: string; params: string; cause: { message: string; code: string; detail: string } }; path: string };
    // What an operator needs stays: the statement, the database's own message and code, the masked path
    expect(entry.err.message).toContain("insert into contact_messages");
    expect(entry.err.params).toBe("[redacted]");
    expect(entry.err.cause).toMatchObject({ code: "23505", detail: "Key (email)=(j…@example.org) already exists." });
    expect(entry.err.cause.message).toContain("duplicate key value");
    expect(entry.path).toBe("/en/contact/j…@example.org");
  });
});

describe("React Router's warnings", () => {
  it("about an undecodable path go to the log at debug level, the path masked; other warnings stay on stderr", () => {
    const debugLines: string[] = [];
    const debugLogger = createLogger(
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          debugLines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
          callback();
        },
      }),
      "debug",
    );
    const original = console.warn;
    const stderr = vi.fn();
    console.warn = stderr;
    try {
      routeRouterWarningsToLog(debugLogger);
      // What React Router's decodePath says (@remix-run/router, warning())
      console.warn(
        'The URL path "/en/articles/%ZZnadia.hidden@example.org" could not be decoded because it is is a malformed URL segment. This is probably due to a bad percent encoding (URIError: URI malformed).',
      );
      console.warn("Some other warning");
    } finally {
      console.warn = original;
    }
    expect(stderr.mock.calls).toEqual([["Some other warning"]]);
    expect(debugLines).toHaveLength(1);
    expect(JSON.parse(debugLines[0]!)).toMatchObject({ level: "debug", path: "/en/articles/%…@example.org" });
    expect(debugLines[0]).not.toContain("nadia.hidden");
  });
});

describe("loggablePath and maskEmails", () => {
  it("never throws, whatever the request line held", () => {
    expect(loggablePath("///")).toBe("///");
    expect(loggablePath("/\\evil.example/x")).toBe("//evil.example/x");
    expect(loggablePath("*")).toBe("/*");
    expect(loggablePath("http://evil.example/x?token=abc")).toBe("/x?token=[redacted]");
  });

  it("masks addresses in paths and queries, and drops secret parameters", () => {
    expect(maskEmails("write to ana@example.com or to b@x.org")).toBe("write to a…@example.com or to b…@x.org");
    expect(loggablePath("/en/contact?email=ana%40example.com&password=hunter2")).toBe("/en/contact?email=a…@example.com&password=[redacted]");
    expect(loggablePath("/fa/articles/%D8%B3%D9%84%D8%A7%D9%85")).toBe("/fa/articles/سلام");
    expect(loggablePath("/en/articles/%E0%A4%A")).toBe("/en/articles/%E0%A4%A");
  });
});
