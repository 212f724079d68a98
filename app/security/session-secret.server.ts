// The secrets that sign the forms' cookies (CSRF now, the editors' session later).
import { randomBytes } from "node:crypto";
import { getEnvironment } from "~/env.server";

let cached: string[] | undefined;

/**
 * SESSION_SECRET split on commas (the first signs, all verify, so a secret can be rotated).
 * Without it, a random secret for this process: fine for one process, but a token signed by one
 * process is refused by another, and every restart invalidates the forms readers have open.
 */
export function cookieSecrets(): string[] {
  if (cached) return cached;
  const configured = getEnvironment()
    .SESSION_SECRET?.split(",")
    .map((secret) => secret.trim())
    .filter(Boolean);
  if (configured?.length) {
    cached = configured;
  } else {
    console.warn("SESSION_SECRET is not set: using a random secret for this process; set one shared SESSION_SECRET when several processes serve the site.");
    cached = [randomBytes(32).toString("base64url")];
  }
  return cached;
}
