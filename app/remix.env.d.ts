/// <reference types="@remix-run/node" />
/// <reference types="@remix-run/dev" />
import "@remix-run/server-runtime";

declare module "@remix-run/server-runtime" {
  interface Future {
    v3_singleFetch: true;
  }
}

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The reader's IP address as the server sees it (TRUST_PROXY decides whether X-Forwarded-For counts) */
    clientAddress: string;
    /** This request's Content-Security-Policy nonce for inline scripts (app/http/) */
    cspNonce?: string;
    /** The address is longer than any page's (app/http/): the edition layout answers 414 */
    addressTooLong?: boolean;
    /** Another site's form post, going on as a GET (app/http/origin.server.ts): the layout answers 403 */
    crossSiteRefused?: boolean;
    /** Set by the static export (app/mirror/): the page is rendered for a mirror without a server */
    mirror?: import("./mirror/context").MirrorRender;
    /** Set by entry.server.tsx's handleError when a loader or action lost the database connection */
    databaseLost?: { lost: boolean };
    /** The request goes through again after a lost connection (app/http/remix-handler.server.ts): the layouts answer 503 */
    databaseUnavailable?: boolean;
  }
}
