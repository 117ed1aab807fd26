// /news-sitemap.xml: the Google News sitemap (lib/feeds/news-sitemap.ts).
// Rendered per request, not stored: its content moves with the clock (an
// article leaves it 48 hours after publication, with no save to expire
// anything), and it is one indexed query of at most 1,000 rows that only news
// crawlers ask for. A front may keep it a minute (s-maxage).
import { getDb } from "@/db";
import { listRecentlyPublished } from "@/db/queries/news";
import { NEWS_SITEMAP_HOURS, NEWS_SITEMAP_LIMIT, renderNewsSitemap } from "@/lib/feeds/news-sitemap";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const articles = await listRecentlyPublished(await getDb(), NEWS_SITEMAP_HOURS, NEWS_SITEMAP_LIMIT);
    return new Response(renderNewsSitemap(articles), {
      headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=60, s-maxage=60" },
    });
  } catch (error) {
    console.error("[news-sitemap] database unavailable:", error instanceof Error ? error.message : error);
    return new Response("The news sitemap is unavailable for a moment.\n", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "30", "Cache-Control": "no-store" },
    });
  }
}
