import { useLocation } from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * A submenu built on <details>/<summary>: it opens by click, tap, Enter or Space with no JavaScript.
 * Once hydrated it also closes on Escape, on a click elsewhere, when another submenu opens,
 * and after navigating.
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
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const location = useLocation();

  // Close after a navigation, but not on the first run (hydration): a reader may already have opened it.
  const firstLocationKey = useRef(location.key);
  useEffect(() => {
    if (location.key !== firstLocationKey.current && detailsRef.current) detailsRef.current.open = false;
    firstLocationKey.current = "";
  }, [location.key]);

  useEffect(() => {
    const details = detailsRef.current;
    if (!details) return;
    const closeOnOutsideClick = (event: PointerEvent) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === "Escape" && details.open) {
        details.open = false;
        details.querySelector("summary")?.focus();
      }
    };
    const closeOthers = () => {
      if (!details.open) return;
      document.querySelectorAll<HTMLDetailsElement>("details[data-menu]").forEach((other) => {
        if (other !== details) other.open = false;
      });
    };
    document.addEventListener("pointerdown", closeOnOutsideClick);
    details.addEventListener("keydown", closeOnEscape);
    details.addEventListener("toggle", closeOthers);
    return () => {
      document.removeEventListener("pointerdown", closeOnOutsideClick);
      details.removeEventListener("keydown", closeOnEscape);
      details.removeEventListener("toggle", closeOthers);
    };
  }, []);

  return (
    <details ref={detailsRef} data-menu className="group relative">
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
