// npm run admin:create -- --email someone@example.org --role admin [--editions fa,ar] [--language fa]
// Creates an editorial account on the configured database (DATABASE_URL, or the embedded one) and
// prints its generated password once; it is stored only as an argon2id hash.
import { parseArgs } from "node:util";
import { z } from "zod";
import { generatePassword } from "~/auth/password.server";
import { connectDatabase } from "~/db/client.server";
import { userRoles } from "~/db/schema";
import { editionCodes } from "~/editions";
import { getEnvironment } from "~/env.server";
import { createUser, findUserForSignIn } from "~/models/users.server";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    role: { type: "string" },
    editions: { type: "string", default: "" },
    language: { type: "string", default: "en" },
  },
});

const edition = z.enum(editionCodes as unknown as [string, ...string[]]);
const parsed = z
  .object({
    email: z.email(),
    role: z.enum(userRoles),
    editions: z.array(edition),
    language: edition,
  })
  .safeParse({ ...values, editions: values.editions ? values.editions.split(",").map((code) => code.trim()) : [] });

if (!parsed.success) {
  console.error(`Usage: npm run admin:create -- --email someone@example.org --role ${userRoles.join("|")} [--editions ${editionCodes.join(",")}] [--language en]\n`);
  console.error(z.prettifyError(parsed.error));
  process.exit(2);
}
if (parsed.data.role !== "admin" && parsed.data.editions.length === 0) {
  console.error("Editors and translators work on editions: give them --editions (e.g. --editions fa,ar).");
  process.exit(2);
}

const environment = getEnvironment();
const connection = await connectDatabase({ databaseUrl: environment.DATABASE_URL, pgliteDir: environment.PGLITE_DIR });
try {
  if (await findUserForSignIn(connection.db, parsed.data.email)) {
    console.error(`An account for ${parsed.data.email} exists already.`);
    process.exitCode = 1;
  } else {
    const password = generatePassword();
    const user = await createUser(connection.db, {
      email: parsed.data.email,
      password,
      role: parsed.data.role,
      editions: parsed.data.editions,
      interfaceLanguage: parsed.data.language,
    });
    console.log(`Created ${user.role} ${user.email}${user.editions.length ? ` (editions: ${user.editions.join(", ")})` : ""}.`);
    console.log(`Password (shown only now; it is stored only as a hash): ${password}`);
  }
} finally {
  await connection.close();
}
