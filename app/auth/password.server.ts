// Passwords are stored only as argon2id hashes (@node-rs/argon2, the OWASP-recommended parameters:
// 19 MiB of memory, 2 iterations), never logged and never shown again after they are generated.
import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// algorithm 2 is Argon2id (the package's Algorithm enum is a const enum, which isolated modules cannot read)
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const minimumPasswordLength = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize("NFC"));
  } catch {
    // A malformed stored hash is a wrong password, not a server error
    return false;
  }
}

/**
 * A hash of a password nobody has, verified when the e-mail address is unknown so that a wrong address
 * takes as long to refuse as a wrong password (no timing oracle for which accounts exist)
 */
let decoyHash: Promise<string> | undefined;
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword(randomBytes(16).toString("hex"));
  await verifyPassword(await decoyHash, password);
  return false;
}

/** 20 random characters from an alphabet without look-alikes (about 115 bits) */
export function generatePassword(length = 20): string {
  const alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(length * 2);
  let password = "";
  for (const byte of bytes) {
    // Rejection sampling: only bytes below the largest multiple of the alphabet's size, so no letter is favoured
    if (byte >= 256 - (256 % alphabet.length)) continue;
    password += alphabet[byte % alphabet.length];
    if (password.length === length) break;
  }
  return password.length === length ? password : generatePassword(length);
}
