import type { ReactNode } from "react";

/**
 * A submenu built on <details>/<summary>: it opens by click, tap, Enter or Space with no JavaScript.
 * The reader script (app/reader/enhance.ts) also closes it on Escape, on a click elsewhere and when
 * another submenu opens.
 */
export function DisclosureMenu({
  label,
  triggerClassName,
  children,
}: {
  label: string;
  triggerClassName: string;
  children: ReactNode;
}) {
  return (
    <details data-menu className="group relative">
      <summary className={`${triggerClassName} flex cursor-pointer items-center gap-1`}>
        {label}
        <span aria-hidden="true" className="text-xs transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <ul className="absolute start-0 top-full z-40 mt-1 min-w-56 rounded-md bg-white py-2 shadow-lg ring-1 ring-black/10">
        {children}
      </ul>
    </details>
  );
}
