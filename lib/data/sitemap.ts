import "server-only";
// Every public URL of the site in both locales, for /sitemap.xml.
import { unstable_cache } from "next/cache";
import { cacheTags, NEWS_REVALIDATE_SECONDS } from "@/db/cache-tags";
import { getDb } from "@/db";
import { listPublishedForSitemap } from "@/db/queries/news";
import { listPages } from "@/lib/content/pages";
import type { SitemapUrl } from "@/lib/feeds/sitemap";
import { locales, type Locale } from "@/lib/site-config";
import { absoluteUrl, paths } from "@/lib/urls";

/** Same-path pages in both locales: their alternates are each other. */
function bilingual(pathOf: (locale: Locale) => string): SitemapUrl[] {
  const alternates = Object.fromEntries(locales.map((l) => [l, absoluteUrl(pathOf(l))]));
  return locales.map((l) => ({ loc: absoluteUrl(pathOf(l)), alternates }));
}

export const getSitemapUrls = unstable_cache(
  async (): Promise<SitemapUrl[]> => {
    const urls: SitemapUrl[] = [...bilingual(paths.home), ...bilingual((l) => paths.news(l)), ...bilingual(paths.partners)];
    for (const locale of locales) {
      for (const page of await listPages(locale)) {
        urls.push({ loc: absoluteUrl(paths.page(locale, page.slug)) });
      }
    }
    const articles = await listPublishedForSitemap(await getDb(), { limit: 50_000, offset: 0 });
    const byGroup = new Map<string, Partial<Record<Locale, string>>>();
    for (const a of articles) {
      byGroup.set(a.translationGroup, { ...byGroup.get(a.translationGroup), [a.locale]: absoluteUrl(paths.article(a.locale, a.slug)) });
    }
    for (const a of articles) {
      const group = byGroup.get(a.translationGroup) ?? {};
      urls.push({
        loc: absoluteUrl(paths.article(a.locale, a.slug)),
        lastModified: a.updatedAt,
        alternates: Object.keys(group).length > 1 ? (group as Record<string, string>) : undefined,
      });
    }
    return urls;
  },
  ["sitemap-urls"],
  { tags: [cacheTags.news, cacheTags.pages], revalidate: NEWS_REVALIDATE_SECONDS },
);
