import type { ReactNode } from "react";

/** A message about the whole form (above its fields), announced when it appears */
export function FormError({ children, id }: { children?: ReactNode; id?: string }) {
  if (!children) return null;
  return (
    <div id={id} role="alert" className="rounded border-s-4 border-red-700 bg-red-50 px-4 py-3 font-semibold text-red-900">
      {children}
    </div>
  );
}
