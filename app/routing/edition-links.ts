import { useMatches } from "@remix-run/react";
import { editions, type Edition } from "~/editions";
import { href } from "./href";

/** Where the edition switcher leads for one edition: the same content there, or that edition's home */
export interface EditionLink {
  edition: string;
  href: string;
  /** Set when the page has no counterpart in that edition: the notice, written in that edition's language */
  unavailableNotice?: string;
}

/**
 * Pages with counterparts in other editions (an article and its translations) return `editionLinks`
 * from their loader; every other page links each edition's home.
 */
export function useEditionLinks(): EditionLink[] {
  const matches = useMatches();
  for (const match of [...matches].reverse()) {
    const data = match.data as { editionLinks?: EditionLink[] } | undefined;
    if (data?.editionLinks) return data.editionLinks;
  }
  return editions.map((edition: Edition) => ({ edition: edition.code, href: href(edition, "home") }));
}
