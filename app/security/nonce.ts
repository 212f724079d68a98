// The Content-Security-Policy nonce of the current request (made by app/http/site.server.ts), for the inline
// scripts Remix renders. Only the server render knows it: browsers hide a nonce from scripts, and the
// client never renders those inline scripts again, so the client's value is "".
import { createContext, useContext } from "react";

export const NonceContext = createContext("");

export function useNonce(): string {
  return useContext(NonceContext);
}
