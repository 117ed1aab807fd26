// What a change to one article makes stale on the public site: the news data
// (feed pages, home, RSS, sitemap all read the `news` tag), the article's own
// tag, its translations' tags (their language switch), and its page at each
// slug it has answered at. Server actions and route handlers expire these
// with their own helper from lib/revalidate.ts.
import { cacheTags } from "@/db/cache-tags";
import type { Locale } from "@/lib/site-config";
import { paths } from "@/lib/urls";

export function articleExpiry(
  article: { id: number; locale: Locale; slug: string },
  oldSlugs: string[] = [],
  partnerIds: number[] = [],
): { tags: string[]; paths: string[] } {
  return {
    tags: [cacheTags.news, cacheTags.article(article.id), ...partnerIds.map((id) => cacheTags.article(id))],
    paths: [...new Set([article.slug, ...oldSlugs])].map((slug) => paths.article(article.locale, slug)),
  };
}
