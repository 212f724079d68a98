// Rendering for a static mirror (npm run export, docs/decisions/015-static-mirror-export.md): the export
// passes these in the load context, and the few components that cannot work without the server read them.
import { createContext, useContext } from "react";

export interface MirrorRender {
  /** The main site's origin (https://news.example.org): forms and the no-JavaScript search point there */
  mainSiteUrl: string;
  /** The mirror's search script (Pagefind in the browser), bundled by the export */
  searchScriptSrc: string;
  /** Where share cards drawn by earlier exports are kept (DIR/.mirror/share-cards): an unchanged card is not drawn again */
  shareCardStore?: string;
}

export const MirrorContext = createContext<MirrorRender | null>(null);

/** Set only while the export renders a page for a mirror */
export function useMirror(): MirrorRender | null {
  return useContext(MirrorContext);
}
