import "server-only";
// The URLs of the sitemap files. Article slices are read directly (a slice
// can exceed the data cache's 2 MB entry limit); the sitemap routes themselves
// are cached, and tagged `news` through the cached highest id they all read.
import { unstable_cache } from "next/cache";
import { cacheTags, NEWS_REVALIDATE_SECONDS } from "@/db/cache-tags";
import { getDb } from "@/db";
import { listPublishedForSitemap, maxPublishedId } from "@/db/queries/news";
import { listPages } from "@/lib/content/pages";
import type { SitemapUrl } from "@/lib/feeds/sitemap";
import { locales, type Locale } from "@/lib/site-config";
import { absoluteUrl, paths } from "@/lib/urls";

export const getMaxPublishedId = unstable_cache(async () => maxPublishedId(await getDb()), ["max-published-id"], {
  tags: [cacheTags.news],
  revalidate: NEWS_REVALIDATE_SECONDS,
});

/** Same-path pages in both locales: their alternates are each other. */
function bilingual(pathOf: (locale: Locale) => string): SitemapUrl[] {
  const alternates = Object.fromEntries(locales.map((l) => [l, absoluteUrl(pathOf(l))]));
  return locales.map((l) => ({ loc: absoluteUrl(pathOf(l)), alternates }));
}

export async function pageUrls(): Promise<SitemapUrl[]> {
  const urls = [...bilingual(paths.home), ...bilingual((l) => paths.news(l)), ...bilingual(paths.partners)];
  for (const locale of locales) {
    for (const page of await listPages(locale)) urls.push({ loc: absoluteUrl(paths.page(locale, page.slug)) });
  }
  return urls;
}

/** Public articles with ids in (afterId, upToId], with hreflang alternates where a translation is public. */
export async function articleUrls(ids: { afterId: number; upToId: number }): Promise<SitemapUrl[]> {
  const rows = await listPublishedForSitemap(await getDb(), ids);
  return rows.map((a) => {
    const own = absoluteUrl(paths.article(a.locale, a.slug));
    return {
      loc: own,
      lastModified: a.updatedAt,
      alternates: a.translation ? { [a.locale]: own, [a.translation.locale]: absoluteUrl(paths.article(a.translation.locale, a.translation.slug)) } : undefined,
    };
  });
}
