import type { ReactNode } from "react";

/**
 * The item a repeated control acts on ("Edit", "Download the PDF"), heard after the visible words and not
 * shown, so that a screen reader's list of links and buttons tells them apart: "Edit: About us"
 */
export function ObjectName({ object }: { object?: ReactNode }) {
  return object == null ? null : <span className="sr-only">: {object}</span>;
}
