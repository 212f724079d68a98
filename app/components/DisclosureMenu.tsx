import type { ReactNode } from "react";

/**
 * Where a menu's panel opens below the lg breakpoint, where the header collapses its main menu:
 * - inMenu: in place, inside the open main menu (its links then sit on the header's colour);
 * - barEnd: floating under a summary at the end of the header bar, as wide as the screen allows, so it never
 *   leaves a narrow screen in either direction.
 * From lg up both float under their summary, from its start edge, as on desktop before.
 */
const panelPlacement = {
  inMenu:
    "lg:absolute lg:start-0 lg:top-full lg:z-40 lg:mt-1 lg:min-w-56 lg:rounded-md lg:bg-surface lg:py-2 lg:shadow-lg lg:ring-1 lg:ring-black/10",
  barEnd:
    "absolute end-0 top-full z-40 mt-1 w-[min(24rem,calc(100vw-1rem))] rounded-md bg-surface py-2 shadow-lg ring-1 ring-black/10 lg:start-0 lg:end-auto lg:w-auto lg:min-w-56",
} as const;

/**
 * A submenu built on <details>/<summary>: it opens by click, tap, Enter or Space with no JavaScript.
 * The reader script (app/reader/enhance.ts) also closes it on Escape, on a click elsewhere, when the focus
 * leaves it and when another submenu opens.
 */
export function DisclosureMenu({
  label,
  triggerClassName,
  placement,
  children,
}: {
  label: string;
  triggerClassName: string;
  placement: keyof typeof panelPlacement;
  children: ReactNode;
}) {
  return (
    <details data-menu className={`group ${placement === "inMenu" ? "lg:relative" : "relative"}`}>
      <summary className={`${triggerClassName} flex cursor-pointer items-center gap-1`}>
        {label}
        <span aria-hidden="true" className="text-xs transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <ul className={panelPlacement[placement]}>{children}</ul>
    </details>
  );
}
