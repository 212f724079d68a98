// The nginx configuration the export writes next to a mirror (DIR/.mirror/nginx.conf), to include inside
// nginx's http {} block: edition negotiation at `/`, the query views mapped onto their files, each
// edition's 404 page, content types and caching headers. docs/mirrors.md shows it in use.
import { editions } from "~/editions";
import { mirroredQueryParameters } from "./paths";

const securityHeaders = [
  `add_header X-Content-Type-Options "nosniff" always;`,
  `add_header Referrer-Policy "strict-origin-when-cross-origin" always;`,
  `add_header X-Frame-Options "DENY" always;`,
  // As the site's own policy (app/http/security-headers.server.ts), plus WebAssembly for the search index's code
  `add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src https://www.youtube-nocookie.com https://player.vimeo.com; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" always;`,
];

/** nginx's add_header is not inherited by a location that has its own: every location repeats them */
function headers(cacheControl: string, indent = "    "): string {
  return [`add_header Cache-Control "${cacheControl}" always;`, ...securityHeaders].map((line) => `${indent}${line}`).join("\n");
}

export function nginxConfiguration({ root, listen }: { root: string; listen: string }): string {
  const codes = editions.map((edition) => edition.code);
  const alternation = codes.join("|");
  const first = codes[0]!;
  // The reader's first language that is an edition; else any edition named later in the header; else the first edition.
  // (q-values are not weighed: browsers list languages in the reader's order of preference.)
  const acceptLanguage = [
    ...codes.map((code) => `    "~*^\\s*${code}(-|;|,|$)" ${code};`),
    ...codes.map((code) => `    "~*(^|,)\\s*${code}(-|;|,|$)" ${code};`),
  ].join("\n");
  const queryRewrites = mirroredQueryParameters
    .map((name) =>
      name === "play"
        ? `    if ($arg_play = "1") { rewrite ^(.*[^/])/?$ $1/play? last; }`
        : `    if ($arg_${name} ~ "^[1-9][0-9]*$") { rewrite ^(.*[^/])/?$ $1/${name}/$arg_${name}? last; }`,
    )
    .join("\n");
  return `# Written by npm run export (app/mirror/nginx.ts) for the mirror in ${root}. Include it inside http {}
# (with mime.types): it declares a map and a server.
map $http_accept_language $mirror_edition {
    default ${first};
${acceptLanguage}
}

server {
    listen ${listen};
    root ${root};
    charset utf-8;
    charset_types text/plain text/xml text/css application/xml application/rss+xml application/javascript application/json;
    # Addresses keep their form: no slash is added to a directory's name, no port in a redirect
    absolute_redirect off;
    index index.html;
    types {
        text/html html;
        text/css css;
        application/javascript js;
        application/json json;
        text/plain txt;
        application/xml xml;
        image/svg+xml svg;
        image/webp webp;
        image/png png;
        image/jpeg jpg jpeg;
        font/woff2 woff2;
        font/woff woff;
        application/pdf pdf;
        application/wasm wasm;
    }
    default_type application/octet-stream;

    # / leads to the reader's edition, as the site does
    location = / {
        add_header Vary "Accept-Language" always;
${headers("private, no-cache", "        ")}
        return 302 /$mirror_edition;
    }

    # The export's own bookkeeping (this file, the manifest) is not part of the site
    location ~ /\\. {
        return 404;
    }

    # Content-hashed files never change (a share card's address carries a hash of what it shows)
    location ~ ^/(build|fonts|share-cards)/ {
${headers("public, max-age=31536000, immutable")}
    }

    # The search index: its fragments are content-hashed, its entry point is not
    location /pagefind/ {
${headers("public, max-age=300")}
    }

    location ~ ^/(files|uploads|images)/ {
${headers("public, max-age=86400")}
    }

    location ~ ^/(sitemap\\.xml|sitemaps/|robots\\.txt) {
${headers("public, max-age=300")}
    }

    location ~ ^/(?<edition>${alternation})(/|$) {
        # Links from outside with the site's query views land on their files (app/mirror/paths.ts)
${queryRewrites}
        location ~ /feed\\.xml$ {
            types { }
            default_type application/rss+xml;
${headers("public, max-age=300", "            ")}
        }
        error_page 404 /$edition/404.html;
${headers("public, max-age=300")}
        try_files $uri $uri/index.html =404;
    }

    error_page 404 /404.html;
    location / {
${headers("public, max-age=300")}
        try_files $uri $uri/index.html =404;
    }
}
`;
}
