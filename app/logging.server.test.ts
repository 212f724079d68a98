import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpLogger, createLogger, loggablePath, maskEmails } from "./logging.server";

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

  it("keeps a proxy's sane X-Request-Id and replaces anything else", async () => {
    const kept = await fetch(`${origin}/en`, { headers: { "X-Request-Id": "edge-1234.abc" } });
    expect(kept.headers.get("x-request-id")).toBe("edge-1234.abc");
    const replaced = await fetch(`${origin}/en`, { headers: { "X-Request-Id": "<script>alert(1)</script>" } });
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("loggablePath and maskEmails", () => {
  it("masks addresses in paths and queries, and drops secret parameters", () => {
    expect(maskEmails("write to ana@example.com or to b@x.org")).toBe("write to a…@example.com or to b…@x.org");
    expect(loggablePath("/en/contact?email=ana%40example.com&password=hunter2")).toBe("/en/contact?email=a…@example.com&password=[redacted]");
    expect(loggablePath("/fa/articles/%D8%B3%D9%84%D8%A7%D9%85")).toBe("/fa/articles/سلام");
    expect(loggablePath("/en/articles/%E0%A4%A")).toBe("/en/articles/%E0%A4%A");
  });
});
