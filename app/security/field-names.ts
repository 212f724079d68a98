// The names of the hidden fields every protected form carries, shared by the server checks
// (csrf.server.ts, honeypot.server.ts) and the inputs that render them (components/form/).

/** Repeats the CSRF cookie's token */
export const csrfFieldName = "csrf";
/** Must arrive present and empty; the same name as remix-utils' honeypot */
export const honeypotFieldName = "name__confirm";
