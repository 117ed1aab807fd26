// Which addresses can exist at all, decided from the path alone, before any
// page renders. proxy.ts answers the site's 404 page for the rest, so a
// made-up URL costs neither a render nor a cache entry: the locales and the
// event pages (content/pages) are known sets; article slugs and feed page
// numbers have a known shape (whether one exists is for the page to say, and
// its 404 is never stored either: lib/cache/entry-rules.mjs).
//
// The routes outside app/[locale] are judged by their whole shape too, not just
// their first segment: app/[locale] matches any first segment, so a path such
// as /robots.txt/x or /favicon.ico that passed here would land in the locale
// layout's notFound(), and an App Router notFound() answers Next's empty
// error shell (the 404 text only in its flight data, shown by JavaScript:
// Next 16 does not render the not-found boundary into the server HTML).
import { isLocale, type Locale } from "@/lib/site-config";
import { isValidSlug } from "@/lib/slug";
import { parsePageNumber } from "@/lib/page-number";
import { parseProgramEntry, parseSpeakerEntry } from "@/lib/program/entry";

/**
 * Routes outside app/[locale], by first segment: how many segments follow it,
 * a test of those segments, or "any" for areas that answer every path of theirs
 * themselves.
 */
const OTHER_ROUTES: Record<string, number | "any" | ((rest: string[]) => boolean)> = {
  // Staff only (behind a session), with its own routes and API.
  admin: "any",
  // Next's build assets and internals.
  _next: "any",
  // Not seen here (proxy.ts's matcher leaves /api/ out); /api itself is no route.
  api: (rest) => rest.length > 0,
  media: 1,
  sitemaps: 1,
  og: 1,
  "sitemap.xml": 0,
  "news-sitemap.xml": 0,
  "robots.txt": 0,
  "icon.svg": 0,
  "program.json": 0,
  reference: (rest) => rest.length === 1 && rest[0] === "static",
};

function isOtherRoute(first: string, rest: string[]): boolean {
  if (!Object.hasOwn(OTHER_ROUTES, first)) return false;
  const shape = OTHER_ROUTES[first]!;
  if (shape === "any") return true;
  return typeof shape === "number" ? rest.length === shape : shape(rest);
}

/**
 * app/[locale]/not-found-page: the locale's App Router 404 page, where proxy.ts
 * sends router requests for unknown paths. Not an address of its own: asked for
 * directly, it is judged unknown like any other: a document request gets the
 * 404 document; a router request reaches the page (proxy.ts's isNotFoundPageHop).
 */
export const NOT_FOUND_SEGMENT = "not-found-page";

export type PathVerdict = { kind: "route" } | { kind: "not-found"; locale: Locale | null };

/**
 * @param contentPages the event pages' slugs per locale
 */
export function judgePath(pathname: string, contentPages: Record<Locale, ReadonlySet<string>>): PathVerdict {
  const segments = pathname.split("/").filter(Boolean);
  const [first, ...rest] = segments;
  if (first === undefined) return { kind: "route" };
  if (!isLocale(first)) return isOtherRoute(first, rest) ? { kind: "route" } : { kind: "not-found", locale: null };
  const locale = first;
  const notFound: PathVerdict = { kind: "not-found", locale };
  if (rest.length === 0) return { kind: "route" };
  const [section, second, third, ...more] = rest;
  if (more.length > 0) return notFound;
  switch (section) {
    case NOT_FOUND_SEGMENT:
      return notFound;
    case "news":
      if (second === undefined) return { kind: "route" };
      if (third === undefined) return second === "page" || isValidSlug(second) ? { kind: "route" } : notFound;
      return second === "page" && parsePageNumber(third) !== null ? { kind: "route" } : notFound;
    // The programme (a route of its own now, though content/pages still has its introduction):
    // a day, a session (CODE-slug) or its calendar (CODE.ics); speakers and their calendars.
    case "program":
      if (second === undefined) return { kind: "route" };
      return third === undefined && parseProgramEntry(safeDecode(second)) !== null ? { kind: "route" } : notFound;
    case "speakers":
      if (second === undefined) return { kind: "route" };
      return third === undefined && parseSpeakerEntry(second) !== null ? { kind: "route" } : notFound;
    case "program.ics":
    case "partners":
    case "search":
    case "feed.xml":
      return second === undefined ? { kind: "route" } : notFound;
    default:
      return second === undefined && section !== undefined && contentPages[locale].has(section) ? { kind: "route" } : notFound;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return "";
  }
}
