// A honeypot against form-filling robots: a text field hidden from people (and from assistive
// technology) that robots fill in. Same field name as remix-utils' Honeypot, which the Epic Stack uses.
// Our forms always render it, so a submission without it did not come from our page either.
import { honeypotFieldName } from "./field-names";

export class SpamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SpamError";
  }
}

/** Throws a SpamError when the honeypot field is missing or filled */
export function checkHoneypot(formData: FormData): void {
  if (!formData.has(honeypotFieldName)) throw new SpamError("Missing honeypot field");
  if (formData.get(honeypotFieldName) !== "") throw new SpamError("Honeypot field filled");
}

/** For actions: refuse with 400 and store nothing */
export function requireEmptyHoneypot(formData: FormData): void {
  try {
    checkHoneypot(formData);
  } catch (error) {
    if (error instanceof SpamError) throw new Response(error.message, { status: 400 });
    throw error;
  }
}
