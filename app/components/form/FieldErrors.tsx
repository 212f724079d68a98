/** A field's error messages, referenced by the field's aria-describedby */
export function FieldErrors({ id, errors }: { id: string; errors?: readonly string[] }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="mt-1 text-sm font-semibold text-red-800">
      {errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  );
}

/** aria-describedby for a field: its hint and, when it has any, its errors */
export function describedBy(ids: { hint?: string; errors?: string }): string | undefined {
  return [ids.hint, ids.errors].filter(Boolean).join(" ") || undefined;
}
