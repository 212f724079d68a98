import { csrfFieldName, honeypotFieldName } from "~/security/field-names";

/**
 * The hidden fields every form that changes something carries: the CSRF token (security/csrf.server.ts)
 * and the honeypot (security/honeypot.server.ts), which people never see and robots fill in.
 */
export function SecurityFields({ csrfToken, honeypotLabel }: { csrfToken?: string; honeypotLabel: string }) {
  return (
    <>
      {/* The comment form has none: it sits on shared article pages (csrf.server.ts requireSameOriginPost) */}
      {csrfToken ? <input type="hidden" name={csrfFieldName} value={csrfToken} /> : null}
      {/* Inline style: hidden even when the stylesheet fails to load */}
      <div style={{ display: "none" }} aria-hidden="true">
        <label htmlFor={`${honeypotFieldName}-input`}>{honeypotLabel}</label>
        <input id={`${honeypotFieldName}-input`} name={honeypotFieldName} type="text" defaultValue="" autoComplete="off" tabIndex={-1} />
      </div>
    </>
  );
}
