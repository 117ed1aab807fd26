import "server-only";
// /<locale>/search?q=…&page=N as a plain HTML document (lib/html/site-page.tsx),
// rendered per request and never stored (a query is anyone's text). Answers:
// 200 with results (or the empty form), 429 past the rate limit, 503 when the
// database cannot be reached; never a 500 for what a visitor types.
import { z } from "zod";
import { getDb } from "@/db";
import { searchDocuments, suggestQuery, type SearchPage } from "@/db/queries/search";
import { SEARCH_PAGE_SIZE, SearchResultsView } from "@/components/site/search-results";
import { HTML_HEADERS, renderSitePage } from "@/lib/html/site-page";
import { otherLocale } from "@/lib/i18n/route-locale";
import { siteText } from "@/lib/i18n/site-text";
import { CLIENT_ADDRESS_HEADER } from "@/lib/net/client-address";
import { siteConfig, type Locale } from "@/lib/site-config";
import { createRateLimiter } from "./rate-limit";

const MAX_QUERY_LENGTH = 200;
/** Past this page a visitor is paging through a common word for its own sake: no deeper than the ranked set. */
const MAX_PAGE = 200;

const limiter = createRateLimiter();

const searchParamsSchema = z.object({
  // Control characters out, spaces folded; the length is checked after, so a long query is cut, not refused.
  q: z
    .string()
    .catch("")
    .transform((q) => q.replace(/[\u0000-\u001F\u007F]/g, " ").replace(/\s+/g, " ").trim()),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).catch(1),
});

const NO_STORE = { ...HTML_HEADERS, "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" };

export async function searchResponse(request: Request, locale: Locale, devOrigin: string | null): Promise<Response> {
  const url = new URL(request.url);
  const { q, page } = searchParamsSchema.parse({ q: url.searchParams.get("q") ?? "", page: url.searchParams.get("page") ?? "1" });
  const truncated = Array.from(q).length > MAX_QUERY_LENGTH;
  const query = truncated ? Array.from(q).slice(0, MAX_QUERY_LENGTH).join("").trim() : q;
  const text = await siteText(locale);
  const render = (main: Parameters<typeof renderSitePage>[0]["main"], title: string) =>
    renderSitePage({
      locale,
      meta: { locale, title, description: text.search("description", { name: siteConfig.name[locale] }), path: `/${locale}/search`, alternates: { [otherLocale(locale)]: `/${otherLocale(locale)}/search` }, noindex: true },
      current: null,
      alternateHref: `/${otherLocale(locale)}/search${query ? `?q=${encodeURIComponent(query)}` : ""}`,
      main,
      partnerWall: false,
      devOrigin,
    });

  if (query) {
    const allowed = limiter.take(request.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown");
    if (!allowed.ok) {
      const html = await render(
        () => (
          <main id="main" tabIndex={-1} className="container page">
            <h1>{text.search("rateLimited")}</h1>
            <p className="lead">{text.search("rateLimitedText", { seconds: allowed.retryAfterSeconds })}</p>
          </main>
        ),
        text.search("rateLimited"),
      );
      return new Response(html, { status: 429, headers: { ...NO_STORE, "Retry-After": String(allowed.retryAfterSeconds) } });
    }
  }

  let result: SearchPage | null = null;
  let suggestion: string | null = null;
  if (query) {
    try {
      const db = await getDb();
      result = await searchDocuments(db, locale, query, { limit: SEARCH_PAGE_SIZE, offset: (page - 1) * SEARCH_PAGE_SIZE });
      if (result.newsTotal === 0 && result.others.length === 0) suggestion = await suggestQuery(db, query);
    } catch (error) {
      console.error("[search] query failed:", error instanceof Error ? error.message : error);
      const html = await render(
        () => (
          <main id="main" tabIndex={-1} className="container page">
            <h1>{text.search("unavailable")}</h1>
            <p className="lead">{text.search("unavailableText")}</p>
          </main>
        ),
        text.search("unavailable"),
      );
      return new Response(html, { status: 503, headers: { ...NO_STORE, "Retry-After": "30" } });
    }
  }

  const html = await render(
    (siteTextNow) => <SearchResultsView locale={locale} query={query} page={page} result={result} suggestion={suggestion} truncated={truncated} text={siteTextNow} />,
    query ? text.search("titleFor", { query }) : text.search("title"),
  );
  return new Response(html, { status: 200, headers: NO_STORE });
}
