// The compression middleware ships no types; the site uses it only in front of static files (site.server.ts)
declare module "compression" {
  const compression: () => import("express").RequestHandler;
  export default compression;
}
