import { useAdminLayout } from "~/admin/use-admin";
import { csrfFieldName } from "~/security/field-names";

/** The hidden CSRF token every editorial form that changes something carries (checked by readEditorialForm) */
export function CsrfField() {
  return <input type="hidden" name={csrfFieldName} value={useAdminLayout()?.csrfToken ?? ""} />;
}
