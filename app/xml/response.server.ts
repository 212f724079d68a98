// HTTP answers for the machine-read documents (feeds, sitemaps, robots.txt).

/** Readers and crawlers poll these: a CDN may serve a copy for 5 minutes, and a stale one for an hour while it refetches */
export const syndicationCacheControl = "public, max-age=300, stale-while-revalidate=3600";

export function documentResponse(body: string, contentType: string): Response {
  return new Response(body, {
    headers: { "Content-Type": contentType, "Cache-Control": syndicationCacheControl },
  });
}
