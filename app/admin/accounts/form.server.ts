// The account form (create and edit) read and checked on the server. Its problems use the shared keys
// of form-validation.server.ts, plus "emailTaken" and "editionsRequired", which only accounts have.
import { z } from "zod";
import { userRoles, type UserRole } from "~/db/schema";
import { editionCodes } from "~/editions";
import { type FieldProblem, validate } from "~/admin/form-validation.server";

export type AccountProblem = FieldProblem | { key: "emailTaken" | "editionsRequired" };
export type AccountProblems = Record<string, AccountProblem>;

export interface AccountFormValues {
  email: string;
  role: string;
  editions: string[];
  interfaceLanguage: string;
}

export function accountFormValues(form: FormData): AccountFormValues {
  return {
    email: form.get("email")?.toString() ?? "",
    role: form.get("role")?.toString() ?? "",
    editions: form.getAll("editions").map(String),
    interfaceLanguage: form.get("interfaceLanguage")?.toString() ?? "",
  };
}

function accountSchema(withEmail: boolean) {
  const known = (values: readonly string[]) => z.string().refine((value) => values.includes(value));
  return z.object({
    ...(withEmail ? { email: z.string().trim().min(1).max(254).pipe(z.email({ pattern: /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u })) } : {}),
    role: known(userRoles).transform((value) => value as UserRole),
    editions: z.array(known(editionCodes)).max(editionCodes.length),
    interfaceLanguage: known(editionCodes),
  });
}

export type AccountInput = { email: string; role: UserRole; editions: string[]; interfaceLanguage: string };

/** The checked values, or the problems per field; `withEmail` for a new account (an address never changes) */
export function parseAccountForm(values: AccountFormValues, withEmail: boolean): { success: true; data: AccountInput } | { success: false; problems: AccountProblems } {
  const result = validate(accountSchema(withEmail), values);
  const problems: AccountProblems = result.success ? {} : { ...result.problems };
  // An editor or a translator works on at least one edition; an administrator works on all
  if (values.role !== "admin" && values.editions.length === 0 && !problems.editions) problems.editions = { key: "editionsRequired" };
  if (!result.success || Object.keys(problems).length > 0) return { success: false, problems };
  const data = result.data as { email?: string; role: UserRole; editions: string[]; interfaceLanguage: string };
  return { success: true, data: { ...data, email: data.email ?? values.email } };
}
