// The address of the reader pages' script (app/reader/enhance.ts, bundled with a content hash by
// scripts/build-reader-script.mjs), known only to the server render: reader pages never render on the client.
import { createContext, useContext } from "react";

export const ReaderScriptContext = createContext<string | null>(null);

export function useReaderScript(): string | null {
  return useContext(ReaderScriptContext);
}
