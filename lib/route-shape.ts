// Which addresses can exist at all, decided from the path alone, before any
// page renders. proxy.ts answers the site's 404 page for the rest, so a
// made-up URL costs neither a render nor a cache entry: the locales and the
// event pages (content/pages) are known sets; article slugs and feed page
// numbers have a known shape (whether one exists is for the page to say, and
// its 404 is never stored either: lib/cache/entry-rules.mjs).
import { isLocale, type Locale } from "@/lib/site-config";
import { isValidSlug } from "@/lib/slug";
import { parsePageNumber } from "@/lib/page-number";
import { parseProgramEntry, parseSpeakerEntry } from "@/lib/program/entry";

/** First path segments served by routes outside app/[locale]. */
const OTHER_ROUTES = new Set(["admin", "api", "media", "sitemaps", "sitemap.xml", "news-sitemap.xml", "og", "robots.txt", "icon.svg", "favicon.ico", "reference", "_next", "program.json"]);

/** app/[locale]/not-found-page: the locale's 404 page, where proxy.ts sends the rest. */
export const NOT_FOUND_SEGMENT = "not-found-page";

export type PathVerdict = { kind: "route" } | { kind: "not-found"; locale: Locale | null };

/**
 * @param contentPages the event pages' slugs per locale
 */
export function judgePath(pathname: string, contentPages: Record<Locale, ReadonlySet<string>>): PathVerdict {
  const segments = pathname.split("/").filter(Boolean);
  const [first, ...rest] = segments;
  if (first === undefined) return { kind: "route" };
  if (!isLocale(first)) return OTHER_ROUTES.has(first) ? { kind: "route" } : { kind: "not-found", locale: null };
  const locale = first;
  const notFound: PathVerdict = { kind: "not-found", locale };
  if (rest.length === 0) return { kind: "route" };
  const [section, second, third, ...more] = rest;
  if (more.length > 0) return notFound;
  switch (section) {
    case NOT_FOUND_SEGMENT:
      return second === undefined ? { kind: "route" } : notFound;
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
