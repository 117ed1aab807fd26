// Runs before the cache, and does little:
// - a path that cannot exist answers the 404 page without rendering (lib/route-shape);
// - "/" goes to /en or /ru by Accept-Language;
// - /<locale>/news?page=N (the old form of a feed page's address) answers 301
//   to /<locale>/news/page/N;
// - /sitemap.xml is served by /sitemaps/index.xml (a route without parameters
//   would be rendered by `next build`, which has no database).
import { NextResponse, type NextRequest } from "next/server";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { parsePageNumber } from "@/lib/page-number";
import { defaultLocale, isLocale, type Locale } from "@/lib/site-config";
import { devOriginOf, notFoundResponse } from "@/lib/html/site-page";
import { contentPageSlugs } from "@/lib/content/page-slugs";
import { judgePath, NOT_FOUND_SEGMENT } from "@/lib/route-shape";
import { paths } from "@/lib/urls";
import { adminPolicy, newNonce } from "@/lib/security/csp";
import { strictTransportSecurity } from "@/lib/security/hsts";
import { formTooLarge, formTooLargeResponse } from "@/lib/security/form-size";

const ROUTES_OUTSIDE_THE_SITE = /^\/(media|api|admin\/api)\//;

export async function proxy(request: NextRequest) {
  const response = await answer(request);
  // HSTS when SITE_URL is https (lib/security/hsts.ts), on every answer, 404s and redirects too.
  const hsts = strictTransportSecurity();
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

async function answer(request: NextRequest): Promise<Response> {
  const { pathname, searchParams } = request.nextUrl;

  // Next answers a path with broken percent-encoding (/en/news/%E0%A4%A) with a
  // bare 500; send it to the site's 404 page instead.
  if (pathname.includes("%") && !decodesCleanly(pathname)) return notFoundPage(request, localeOfPath(pathname));
  // Images and API routes reach the proxy only for that check (see the matcher).
  if (ROUTES_OUTSIDE_THE_SITE.test(pathname)) return NextResponse.next();

  // A path that cannot exist (unknown locale, event page, or the wrong shape)
  // answers the 404 page: no page render, no cache entry.
  const verdict = judgePath(pathname, await contentPageSlugs());
  if (verdict.kind === "not-found") return isNotFoundPageHop(request) ? NextResponse.next() : notFoundPage(request, verdict.locale);

  if (pathname === "/") {
    const locale = negotiateLocale(request.headers.get("accept-language"));
    const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
    response.headers.set("Vary", "Accept-Language");
    return response;
  }

  // Convenience only: a visitor without a session cookie goes straight to sign-in.
  // Every admin page, action and route handler checks the session itself.
  if (pathname.startsWith("/admin") && pathname !== "/admin/login" && !hasSessionCookie(request)) {
    const login = new URL("/admin/login", request.url);
    if (pathname !== "/admin") login.searchParams.set("next", pathname);
    return NextResponse.redirect(login, 307);
  }

  if (pathname === "/admin" || pathname.startsWith("/admin/")) {
    // An oversize form: a clear 413 here rather than Next's bare 500 (lib/security/form-size.ts).
    const length = request.headers.get("content-length");
    if (formTooLarge(request.method, length)) return formTooLargeResponse(length);
    return withAdminPolicy(request);
  }

  // The sitemap is a cached route with a file parameter, like the feed pages.
  if (pathname === "/sitemap.xml") {
    const target = request.nextUrl.clone();
    target.pathname = "/sitemaps/index.xml";
    return NextResponse.rewrite(target);
  }

  // Feed pages live at /<locale>/news (page 1) and /<locale>/news/page/N, each a
  // cached page served without a rewrite (a proxy rewrite costs about 1 ms of CPU
  // a request, a third of a cached page's throughput: npm run bench). The older
  // ?page=N form answers a 301 to its page's address.
  const feed = /^\/(en|ru)\/news\/?$/.exec(pathname);
  if (feed && searchParams.has("page")) {
    const page = parsePageNumber(searchParams.get("page"));
    if (page !== null) return permanentRedirect(request, paths.news(feed[1] as Locale, page));
    // Anything but a plain positive integer answers the 404 page.
    return notFoundPage(request, feed[1] as Locale);
  }
  const firstPage = /^\/(en|ru)\/news\/page\/1$/.exec(pathname);
  if (firstPage) return permanentRedirect(request, paths.news(firstPage[1] as Locale));

  const programRoute = programRewrite(request);
  if (programRoute) return programRoute;

  // An article's old slug answers its 301 from the article route itself, which
  // looks it up only when the slug is not an article's current one.

  return NextResponse.next();
}

/**
 * Staff pages: a nonce-based Content-Security-Policy (lib/security/csp.ts). The
 * policy goes on the request too, which is how Next finds the nonce to put on
 * its scripts. Never indexed, and no address of the staff area leaks to other
 * sites in a Referer.
 */
function withAdminPolicy(request: NextRequest): NextResponse {
  const csp = adminPolicy(newNonce());
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Robots-Tag", "noindex, nofollow");
  // same-origin, not no-referrer: under no-referrer a browser sends `Origin: null`
  // with a form posted without JavaScript, and Next then refuses the server
  // action as cross-site. same-origin still sends nothing to other sites.
  response.headers.set("Referrer-Policy", "same-origin");
  return response;
}

const PROGRAM_FILTERS = ["hall", "track", "format"] as const;

/**
 * The programme's addresses that are not cached documents: filtered pages and
 * the speakers search (rendered per request, never stored, so query strings
 * cannot fill the cache), and the calendars (per request for their 304s).
 * Blank filters (spaces only) or an empty search answer a 303 to the plain page.
 * Filters that are all empty (`?hall=&track=&format=`, what the filter form sends
 * with nothing chosen) never reach the proxy (its matcher cannot see an empty
 * query value) and get the plain page itself, the cached one.
 */
function programRewrite(request: NextRequest): NextResponse | null {
  const { pathname, searchParams } = request.nextUrl;
  const rewrite = (path: string, keep: readonly string[]) => {
    const target = request.nextUrl.clone();
    target.pathname = path;
    target.search = "";
    for (const key of keep) {
      const value = searchParams.get(key);
      if (value) target.searchParams.set(key, value);
    }
    return NextResponse.rewrite(target);
  };
  const program = /^\/(en|ru)\/program(?:\/(\d{4}-\d{2}-\d{2}))?$/.exec(pathname);
  if (program && PROGRAM_FILTERS.some((key) => searchParams.has(key))) {
    if (!PROGRAM_FILTERS.some((key) => searchParams.get(key)?.trim())) return seeOther(request, pathname);
    return rewrite(`/api/program-view/${program[1]}/${program[2] ?? "all"}`, PROGRAM_FILTERS);
  }
  const speakers = /^\/(en|ru)\/speakers$/.exec(pathname);
  if (speakers && searchParams.has("q")) {
    if (!searchParams.get("q")?.trim()) return seeOther(request, pathname);
    return rewrite(`/api/speakers-search/${speakers[1]}`, ["q"]);
  }
  const all = /^\/(en|ru)\/program\.ics$/.exec(pathname);
  if (all) return rewrite(`/api/program-calendar/${all[1]}/all/all`, []);
  const session = /^\/(en|ru)\/program\/([A-Z2-9]{6})\.ics$/.exec(pathname);
  if (session) return rewrite(`/api/program-calendar/${session[1]}/session/${session[2]}`, []);
  const speaker = /^\/(en|ru)\/speakers\/([a-z0-9]+(?:-[a-z0-9]+)*)\.ics$/.exec(pathname);
  if (speaker) return rewrite(`/api/program-calendar/${speaker[1]}/speaker/${speaker[2]}`, []);
  return null;
}

function seeOther(request: NextRequest, path: string): NextResponse {
  return NextResponse.redirect(new URL(path, request.url), 303);
}

/**
 * The site's 404 page in the path's locale (the default locale for a path
 * outside any), answered here with its text in the HTML: readable with
 * JavaScript off, and rendered once per locale per process, so a made-up URL
 * costs neither a render nor a cache entry. (A rewrite to an App Router 404
 * page sent a document whose text only JavaScript could show.)
 */
async function notFoundPage(request: NextRequest, locale: Locale | null): Promise<Response> {
  // A router request (a client-side navigation or prefetch from an App Router
  // page) must never get an HTML document: it gets Next's own flight 404 from
  // the locale's App Router 404 page. The proxy does not see the RSC header
  // (Next takes it off first), but a segment prefetch shows in the path.
  if (isRouterRequest(request)) {
    const target = request.nextUrl.clone();
    target.pathname = `/${locale ?? defaultLocale}/${NOT_FOUND_SEGMENT}`;
    target.search = "";
    return NextResponse.rewrite(target, { status: 404 });
  }
  return notFoundResponse(locale ?? defaultLocale, devOriginOf(request));
}

/**
 * A request for the App Router 404 page's own address (app/[locale]/not-found-page)
 * that must reach it: the proxy sends router requests there, and Next then asks
 * the proxy again for that address (the second pass of a rewritten segment
 * prefetch; the follow-up of Next's 307 to it with `_rsc`). The proxy cannot see
 * the RSC header or `_rsc` (Next's adapter strips both), but a router's fetch
 * never asks for HTML, while browsers' and crawlers' document requests do: those
 * get the 404 document like any unknown path (the page's own HTML would be
 * Next's empty error shell). A client that asks for HTML by no Accept header
 * (curl's default) still gets that shell here, at this one address.
 */
function isNotFoundPageHop(request: NextRequest): boolean {
  const [, locale, segment, ...rest] = request.nextUrl.pathname.split("/");
  return isLocale(locale ?? "") && segment === NOT_FOUND_SEGMENT && rest.length === 0 && !asksForHtml(request);
}

/** A document request: browsers and crawlers ask for HTML; the App Router's fetches never do. */
function asksForHtml(request: NextRequest): boolean {
  return (request.headers.get("accept") ?? "").includes("text/html");
}

/** A 301 (what crawlers and old links expect) to a path on this site, keeping nothing of the old query. */
function permanentRedirect(request: NextRequest, path: string): NextResponse {
  return NextResponse.redirect(new URL(path, request.url), 301);
}

function isRouterRequest(request: NextRequest): boolean {
  const { pathname } = request.nextUrl;
  // A router path asked for as a document (a link or a crawler) gets the 404 document:
  // the App Router 404 page's HTML would be Next's empty error shell.
  if (asksForHtml(request)) return false;
  return request.headers.get("rsc") === "1" || pathname.includes(".segments/") || pathname.endsWith(".rsc");
}

/** The locale a path starts with, if any. */
function localeOfPath(pathname: string): Locale | null {
  const first = pathname.split("/")[1] ?? "";
  return isLocale(first) ? first : null;
}

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.has("authjs.session-token") || request.cookies.has("__Secure-authjs.session-token");
}

function decodesCleanly(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  // Everything but build assets, images and API routes (which must not have
  // their request bodies buffered by the proxy, e.g. logo uploads). Unknown paths
  // under /api/, /admin/api/ and /media/ get the 404 document from catch-all
  // routes of their own instead (lib/html/unknown-path.ts).
  // Article pages and the programme page skip it too: for those addresses it only
  // passed the request on (the article route answers an unknown or malformed slug
  // with the 404 document itself; documents carry HSTS themselves:
  // lib/html/site-page.tsx), and it cost about 1.5 ms of server CPU on each, a
  // sixth of an article miss and more than a cached answer's own cost (npm run
  // bench). Only a lowercase slug skips it; anything else (a percent sign, a dot,
  // a capital) still goes through its checks. The programme page still reaches it
  // with a filter in its query string (the last three entries), which it rewrites
  // to the uncached filtered view (programRewrite); a filter with an empty value
  // does not count (Next's `has` needs a value), so all-empty filters get the
  // plain page, the cached one, as the same page at its own address.
  matcher: [
    "/((?!_next/static|_next/image|media/|api/|admin/api/|(?:en|ru)/news/[a-z0-9-]+$|(?:en|ru)/program$).*)",
    // Images and API routes skip the proxy (it costs about 1 ms a request), except
    // with a percent sign in the path: Next answers broken encoding there with a 500.
    "/(media|api|admin/api)/(.*%.*)",
    { source: "/:locale(en|ru)/program", has: [{ type: "query", key: "hall" }] },
    { source: "/:locale(en|ru)/program", has: [{ type: "query", key: "track" }] },
    { source: "/:locale(en|ru)/program", has: [{ type: "query", key: "format" }] },
  ],
};
