// The Google News sitemap (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap):
// articles of the last two days, at most 1,000, each with the publication's
// name and language, its publication time with offset and its title.
import type { RecentArticle } from "@/db/queries/news";
import { isoWithOffset } from "@/lib/structured-data";
import { siteConfig } from "@/lib/site-config";
import { absoluteUrl, paths } from "@/lib/urls";
import { escapeXml } from "./xml";

/** Google reads articles published in the last two days, and at most 1,000 URLs per news sitemap. */
export const NEWS_SITEMAP_HOURS = 48;
export const NEWS_SITEMAP_LIMIT = 1000;

export function renderNewsSitemap(articles: RecentArticle[]): string {
  const urls = articles
    .map(
      (a) => `  <url>
    <loc>${escapeXml(absoluteUrl(paths.article(a.locale, a.slug)))}</loc>
    <news:news>
      <news:publication>
        <news:name>${escapeXml(siteConfig.name[a.locale])}</news:name>
        <news:language>${a.locale}</news:language>
      </news:publication>
      <news:publication_date>${isoWithOffset(a.publishedAt)}</news:publication_date>
      <news:title>${escapeXml(a.title)}</news:title>
    </news:news>
  </url>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls}
</urlset>
`;
}
