// npm run admin:create -- --email someone@example.org --role admin [--editions fa,ar] [--language fa]
// npm run admin:create -- --email someone@example.org --reset-password
// Creates an editorial account (or gives an existing one a new password) on the configured database
// (DATABASE_URL, or the embedded one) and prints the generated password once; it is stored only as a hash.
import { parseArgs } from "node:util";
import { z } from "zod";
import { generatePassword } from "~/auth/password.server";
import { eq } from "drizzle-orm";
import { connectDatabase, type Database } from "~/db/client.server";
import { DatabaseStartError } from "~/db/embedded-directory.server";
import { sessions, userRoles } from "~/db/schema";
import { editionCodes } from "~/editions";
import { getEnvironment } from "~/env.server";
import { createUser, findUserForSignIn, resetAccountPassword } from "~/models/users.server";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    role: { type: "string" },
    editions: { type: "string", default: "" },
    language: { type: "string", default: "en" },
    "reset-password": { type: "boolean", default: false },
  },
});

const edition = z.enum(editionCodes as unknown as [string, ...string[]]);
const editionList = values.editions ? values.editions.split(",").map((code) => code.trim()) : [];
const usage = `Usage: npm run admin:create -- --email someone@example.org --role ${userRoles.join("|")} [--editions ${editionCodes.join(",")}] [--language en]
       npm run admin:create -- --email someone@example.org --reset-password\n`;

if (values["reset-password"]) {
  const email = z.email().safeParse(values.email);
  if (!email.success) {
    console.error(usage);
    process.exit(2);
  }
  await withDatabase(async (db) => {
    const user = await findUserForSignIn(db, email.data);
    if (!user) {
      console.error(`There is no account for ${email.data}: create it with --role.`);
      process.exitCode = 1;
      return;
    }
    const password = generatePassword();
    await resetAccountPassword(db, user, user, password);
    await db.delete(sessions).where(eq(sessions.userId, user.id));
    console.log(`New password for ${user.email} (shown only now; it is stored only as a hash): ${password}`);
  });
} else {
  const parsed = z
    .object({ email: z.email(), role: z.enum(userRoles), editions: z.array(edition), language: edition })
    .safeParse({ ...values, editions: editionList });
  if (!parsed.success) {
    console.error(usage);
    console.error(z.prettifyError(parsed.error));
    process.exit(2);
  }
  if (parsed.data.role !== "admin" && parsed.data.editions.length === 0) {
    console.error("Editors and translators work on editions: give them --editions (e.g. --editions fa,ar).");
    process.exit(2);
  }
  await withDatabase(async (db) => {
    if (await findUserForSignIn(db, parsed.data.email)) {
      console.error(`An account for ${parsed.data.email} exists already: add --reset-password to give it a new password.`);
      process.exitCode = 1;
      return;
    }
    const password = generatePassword();
    const user = await createUser(db, {
      email: parsed.data.email,
      password,
      role: parsed.data.role,
      editions: parsed.data.editions,
      interfaceLanguage: parsed.data.language,
    });
    console.log(`Created ${user.role} ${user.email}${user.editions.length ? ` (editions: ${user.editions.join(", ")})` : ""}.`);
    console.log(`Password (shown only now; it is stored only as a hash): ${password}`);
  });
}

async function withDatabase(work: (db: Database) => Promise<void>): Promise<void> {
  const environment = getEnvironment();
  let connection;
  try {
    connection = await connectDatabase({ databaseUrl: environment.DATABASE_URL, pgliteDir: environment.PGLITE_DIR });
  } catch (error) {
    console.error(error instanceof DatabaseStartError ? error.message : `The database could not be opened: ${(error as Error).message}`);
    process.exit(1);
  }
  try {
    await work(connection.db);
  } finally {
    await connection.close();
  }
}
