import "server-only";
// The URLs of the sitemap files. Article slices are read directly (a slice
// can exceed the data cache's 2 MB entry limit); the sitemap routes themselves
// are cached, with no lifetime, and tagged by what they list: every file reads
// the highest public id (tag `sitemap-ids`: a publish, unpublish or delete),
// and tagSitemapFile adds the file's own tag (`sitemap:news-<n>.xml`), which a
// save of an article listed in it expires.
import { unstable_cache } from "next/cache";
import { cacheTags } from "@/db/cache-tags";
import { getDb } from "@/db";
import { listPublishedForSitemap, maxPublishedId } from "@/db/queries/news";
import { listPages } from "@/lib/content/pages";
import type { SitemapUrl } from "@/lib/feeds/sitemap";
import { ARTICLES_PER_SITEMAP, newsFileName, SINGLE_FILE_LIMIT, type SitemapFile } from "@/lib/feeds/sitemap-plan";
import { programSitemapUrls } from "@/lib/program/sitemap-urls";
import { locales, type Locale } from "@/lib/site-config";
import { hreflangLinks } from "@/lib/hreflang";
import { absoluteUrl, paths } from "@/lib/urls";

export const getMaxPublishedId = unstable_cache(async () => maxPublishedId(await getDb()), ["max-published-id"], {
  tags: [cacheTags.sitemapIds],
});

/**
 * The names whose tags a file's cached response must carry. The index of a
 * small site is the one urlset of every article, i.e. of the article files it
 * stands for (ids up to SINGLE_FILE_LIMIT); for a large site that means the
 * small index also re-renders when those files do, which costs next to nothing.
 */
function tagNames(file: SitemapFile): string[] {
  if (file.kind === "pages") return ["pages.xml"];
  if (file.kind === "news") return [newsFileName(file.part)];
  const parts = Math.ceil(SINGLE_FILE_LIMIT / ARTICLES_PER_SITEMAP);
  return ["index.xml", ...Array.from({ length: parts }, (_, i) => newsFileName(i + 1))];
}

/**
 * Adds the file's tags to the response being rendered. unstable_cache adds its
 * tags to the page or route that calls it, whatever it returns; the cached
 * value here is a constant, so this costs one cache read.
 */
export async function tagSitemapFile(file: SitemapFile): Promise<void> {
  const names = tagNames(file);
  await unstable_cache(async () => true, ["sitemap-file-tags", ...names], { tags: names.map(cacheTags.sitemapFile) })();
}

/** Pages in both locales: their alternates are each other. */
function bilingual(pathOf: (locale: Locale) => string): SitemapUrl[] {
  const alternates = hreflangLinks(Object.fromEntries(locales.map((l) => [l, pathOf(l)])));
  return locales.map((l) => ({ loc: absoluteUrl(pathOf(l)), alternates }));
}

export async function pageUrls(): Promise<SitemapUrl[]> {
  const urls = [...bilingual(paths.home), ...bilingual((l) => paths.news(l)), ...bilingual(paths.partners)];
  const slugs = Object.fromEntries(await Promise.all(locales.map(async (l) => [l, new Set((await listPages(l)).map((p) => p.slug))] as const)));
  for (const locale of locales) {
    // /<locale>/program is the programme's own route (its content page is only its introduction): listed by programSitemapUrls.
    for (const slug of slugs[locale]!) {
      if (slug === "program") continue;
      // An event page is translated when the other locale has a page of the same slug (as its <head> says).
      const translations = Object.fromEntries(locales.filter((l) => slugs[l]!.has(slug)).map((l) => [l, paths.page(l, slug)]));
      urls.push({ loc: absoluteUrl(paths.page(locale, slug)), alternates: hreflangLinks(translations) });
    }
  }
  urls.push(...(await programSitemapUrls()));
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
      alternates: hreflangLinks({
        [a.locale]: paths.article(a.locale, a.slug),
        ...(a.translation ? { [a.translation.locale]: paths.article(a.translation.locale, a.translation.slug) } : {}),
      }),
    };
  });
}
