// Refused reader-form posts answered before Remix. A script resending the contact or comment form from one
// address gets 429 for every post after the limit, and each went through the app: the route's action, the
// layout's loaders and a React rendering of the localized error page (15–20 ms of CPU each). Under a crowd,
// the reader pages queued behind those renderings, long enough for some to wait over 10 s
// (docs/reliability.md, "Load"). Now a process that knows the address's window is full (knownRefusals)
// and holds the 429 page the app rendered for an earlier refusal at the same address sends that copy with
// the current Retry-After, in the turn of its event loop the request arrived in, without reading the body.
// The copy is kept in the page cache, so that a change readers could see (the layout's categories, an
// article deleted) empties it with the pages; it holds nothing of the request (the error page shows no form).
import { choosesPseudoLocale, pageCache, pageToKeep, perAnswerHeaders, sendStored, type Next, type Request, type Response } from "~/cache/page-cache.server";
import { editionCodes } from "~/editions";
import { knownRefusals, type ReaderForm } from "./rate-limit.server";

const editionSegment = `(?:${editionCodes.join("|")})`;
/** The addresses the readers' forms post to (app/routes/$lang.contact.tsx, $lang.articles.$slug.tsx) */
const readerFormPosts: { form: ReaderForm; path: RegExp }[] = [
  { form: "contact", path: new RegExp(`^/${editionSegment}/contact$`) },
  { form: "comments", path: new RegExp(`^/${editionSegment}/articles/[^/]+$`) },
];
/** Retry-After is this answer's own too */
const refusalPerAnswerHeaders: ReadonlySet<string> = new Set([...perAnswerHeaders, "retry-after"]);

/** Express middleware, mounted by server.mjs just above the app */
export function earlyRefusalMiddleware(req: Request, res: Response, next: Next): void {
  const cache = pageCache();
  const form = req.method === "POST" ? readerFormPosts.find(({ path }) => path.test(req.path ?? ""))?.form : undefined;
  if (!form || !cache || !res.locals.clientAddress || choosesPseudoLocale(req.headers.cookie)) return next();
  const key = `refused ${res.locals.origin ?? ""}${req.originalUrl ?? req.url}`;

  const refusal = knownRefusals.refusal(form, res.locals.clientAddress);
  const kept = refusal ? cache.get(key) : undefined;
  if (refusal && kept?.fresh) {
    res.statusCode = 429;
    for (const [name, value] of kept.page.headers) res.setHeader(name, value);
    res.setHeader("Retry-After", String(refusal.retryAfterSeconds));
    res.setHeader("X-Page-Cache", "refused");
    sendStored(req, res, cache, key, kept.page);
    return;
  }

  // Otherwise the app decides; a 429 it renders is kept for the next refusal at this address
  const generationAtStart = cache.generation;
  const chunks: Buffer[] = [];
  const { write, end } = res;
  const collect = (chunk: unknown, encoding: unknown) => {
    if (res.statusCode !== 429 || chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
  };
  res.write = function (this: Response, ...args: unknown[]) {
    collect(args[0], args[1]);
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as typeof res.write;
  res.end = function (this: Response, ...args: unknown[]) {
    collect(args[0], args[1]);
    const ended = (end as (...a: unknown[]) => Response).apply(this, args);
    if (res.statusCode === 429 && chunks.length > 0 && !res.hasHeader("Set-Cookie") && cache.generation === generationAtStart) {
      cache.set(key, pageToKeep(res, Buffer.concat(chunks), refusalPerAnswerHeaders));
    }
    return ended;
  } as typeof res.end;
  next();
}
