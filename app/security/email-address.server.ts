// The e-mail address readers give on the contact and comment forms, checked the same way for both.
import { z } from "zod";

/**
 * Permissive on purpose: readers' addresses may have non-Latin local parts or domains. URL syntax
 * (? & % =) is refused: an editor's reply puts the address in a mailto: link, where it would add headers (bcc, body).
 */
const emailPattern = /^[^\s@?&%=]+@[^\s@.?&%=]+(\.[^\s@.?&%=]+)+$/u;

/** A trimmed, length-checked address goes in; the forms' "email" error key comes out when it is not one */
export const emailAddress = () => z.email({ error: "email", pattern: emailPattern });
