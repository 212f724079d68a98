// Security headers on every answer (pages, resource routes, static files, redirects, cache hits). Inline
// scripts (the editorial screens' React) run only with the answer's nonce; style attributes stay allowed
// (the root sets the edition's font as a CSS variable on <html>); stylesheets come from this site.
import { randomFillSync } from "node:crypto";

export type HeaderList = readonly (readonly [string, string])[];

const policyDirectives = [
  "default-src 'self'",
  "script-src 'self' 'nonce-{nonce}'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // The video players media items may embed (app/admin/media/video-embed.ts names the same hosts)
  "frame-src https://www.youtube-nocookie.com https://player.vimeo.com",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join(";");
// Stored files (/files, /uploads: someone's upload on the site's own origin) open sandboxed: no scripts,
// forms or access to the site, whatever a PDF holds; Chromium's PDF viewer still shows it inline
const [pagePolicyStart, pagePolicyEnd] = policyDirectives.split("{nonce}") as [string, string];
const filePolicyEnd = `${pagePolicyEnd};sandbox`;

/** The Content-Security-Policy of one answer */
export function contentSecurityPolicy(nonce: string, storedFile = false): string {
  return pagePolicyStart + nonce + (storedFile ? filePolicyEnd : pagePolicyEnd);
}

const nonceBytes = 16;
/** Random bytes drawn from the system 256 nonces at a time (one call each cost as much as the rest of a cache hit) */
const randomPool = Buffer.alloc(nonceBytes * 256);
let poolOffset = randomPool.length;

export function newNonce(): string {
  if (poolOffset === randomPool.length) {
    randomFillSync(randomPool);
    poolOffset = 0;
  }
  poolOffset += nonceBytes;
  return randomPool.toString("base64", poolOffset - nonceBytes, poolOffset);
}

/** Whether a path is a stored file (sandboxed) */
export function isStoredFilePath(path: string): boolean {
  return path.startsWith("/files/") || path.startsWith("/uploads/");
}

/** The same on every answer (what helmet 8 sends by default, with a stricter opener and referrer policy) */
export const constantSecurityHeaders: HeaderList = [
  ["Cross-Origin-Opener-Policy", "same-origin"],
  ["Cross-Origin-Resource-Policy", "same-origin"],
  ["Origin-Agent-Cluster", "?1"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["X-Content-Type-Options", "nosniff"],
  ["X-DNS-Prefetch-Control", "off"],
  ["X-Download-Options", "noopen"],
  ["X-Frame-Options", "DENY"],
  ["X-Permitted-Cross-Domain-Policies", "none"],
  ["X-XSS-Protection", "0"],
  [
    "Permissions-Policy",
    [
      "accelerometer=()",
      "camera=()",
      "geolocation=()",
      "gyroscope=()",
      "magnetometer=()",
      "microphone=()",
      "payment=()",
      "usb=()",
      // No interest-based advertising cohorts (FLoC, and the Topics API that replaced it)
      "interest-cohort=()",
      "browsing-topics=()",
      'fullscreen=(self "https://www.youtube-nocookie.com" "https://player.vimeo.com")',
    ].join(", "),
  ],
];

export const hstsHeader = ["Strict-Transport-Security", "max-age=31536000; includeSubDomains"] as const;

/** The headers of one answer that change with the request: its policy (fresh nonce) and, over HTTPS, HSTS */
export function perAnswerSecurityHeaders(nonce: string, options: { storedFile: boolean; secure: boolean; hsts: boolean }): HeaderList {
  const headers: [string, string][] = [["Content-Security-Policy", contentSecurityPolicy(nonce, options.storedFile)]];
  if (options.hsts && options.secure) headers.push([...hstsHeader]);
  return headers;
}
