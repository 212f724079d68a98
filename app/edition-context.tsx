// The edition a page is written in, set once by the root layout (app/root.tsx) and read with useEdition()
// instead of passed down every prop list. Plain React context: it works in the server rendering of reader
// pages, which never hydrate (docs/decisions/001), as in the hydrated editorial screens.
import { createContext, useContext, type ReactNode } from "react";
import type { Edition } from "~/editions";

const EditionContext = createContext<Edition | null>(null);

export function EditionProvider({ edition, children }: { edition: Edition; children: ReactNode }) {
  return <EditionContext.Provider value={edition}>{children}</EditionContext.Provider>;
}

/** The page's edition: the URL's on reader pages, the editor's interface language on editorial screens */
export function useEdition(): Edition {
  const edition = useContext(EditionContext);
  if (!edition) throw new Error("useEdition() outside the root layout");
  return edition;
}
