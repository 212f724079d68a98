import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "./security-headers.server";

describe("the nonce of an answer", () => {
  it("is 16 random bytes in base64, different on every answer, also where the random pool is drawn again", () => {
    const nonces = Array.from({ length: 1_000 }, newNonce);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(new Set(nonces).size).toBe(nonces.length);
  });

  it("is the only part of the policy that changes", () => {
    const nonce = newNonce();
    expect(contentSecurityPolicy(nonce)).toContain(`script-src 'self' 'nonce-${nonce}'`);
    expect(contentSecurityPolicy(nonce, true)).toMatch(/;sandbox$/);
  });
});
