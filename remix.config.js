// REMIX_BUILD_DIR lets several builds live side by side (parallel test runs); default: build/ and public/build/.
const buildDirectory = process.env.REMIX_BUILD_DIR;

/** @type {import('@remix-run/dev').AppConfig} */
export default {
  serverBuildPath: buildDirectory ? `${buildDirectory}/index.js` : "build/index.js",
  assetsBuildDirectory: buildDirectory ? `${buildDirectory}/public/build` : "public/build",
  ignoredRouteFiles: ["**/.*", "**/*.test.*"],
  serverModuleFormat: "esm",
  // Bundled so that only the few icons used reach the server build, not all 3,000 (5 MB) at every start
  serverDependenciesToBundle: ["simple-icons"],
  postcss: true,
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: true,
  },
};
