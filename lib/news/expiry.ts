// What a change to one article makes stale on the public site, and nothing
// more: its page at every slug it answered at, its translations' pages (their
// language switch names it), the sitemap file that lists it (its lastmod), the
// lists of its locale (home, feed pages, RSS) when something they show changed,
// and which ids are public (the sitemap index) when it went public or stopped
// being public. A draft that stays a draft expires only its own pages' tags.
//
// `paths` are the public addresses to refresh at the edge (lib/edge-refresh.ts)
// once the tags are expired: the pages nginx may hold a copy of.
import { cacheTags } from "@/db/cache-tags";
import { newsFileName, newsPartOf } from "@/lib/feeds/sitemap-plan";
import type { Stale } from "@/lib/revalidate";
import type { Locale } from "@/lib/site-config";
import { paths } from "@/lib/urls";

type ArticleRef = { id: number; locale: Locale; slug: string };

/** The columns that decide where an article shows and what its list entries say. */
export type ArticleState = ArticleRef & {
  status: string;
  publishedAt: Date | null;
  title: string;
  lede: string;
  author: string;
};

export type ArticleChange = {
  /** The row after the change; for a delete, the deleted row (with `deleted: true`). */
  article: ArticleState;
  /** The row before the change; null for a new article. */
  before: ArticleState | null;
  deleted?: boolean;
  /** Older slugs that answered for this article (redirects), beyond `before.slug`. */
  oldSlugs?: string[];
  /** Articles in other locales whose language switch changed with this save. */
  translations?: ArticleRef[];
  /** The time the change is judged at (the save's); tests pass their own. */
  now?: Date;
};

/** Public now: published, and its publish time has passed (the public queries' rule). */
export function isPublicAt(article: { status: string; publishedAt: Date | null }, now: Date): boolean {
  return article.status === "published" && article.publishedAt !== null && article.publishedAt.getTime() <= now.getTime();
}

/** The sitemap file that lists article `id` (sitemaps are split by ranges of ids: lib/feeds/sitemap-plan.ts). */
export function sitemapFileOf(id: number): string {
  return newsFileName(newsPartOf(id));
}

/** What a list entry (feed, home, RSS) shows of an article; the body and cover are not in it. */
const LIST_FIELDS = ["slug", "title", "lede", "author", "status"] as const;

function listEntryChanged(before: ArticleState, after: ArticleState): boolean {
  return LIST_FIELDS.some((key) => before[key] !== after[key]) || before.publishedAt?.getTime() !== after.publishedAt?.getTime();
}

export function articleExpiry(change: ArticleChange): Stale {
  const { article, before, deleted = false, oldSlugs = [], translations = [] } = change;
  const now = change.now ?? new Date();
  const publicBefore = before !== null && isPublicAt(before, now);
  const publicAfter = !deleted && isPublicAt(article, now);
  const visibilityChanged = publicBefore !== publicAfter;
  const listsChanged = visibilityChanged || (publicAfter && (before === null || listEntryChanged(before, article)));

  const slugs = [...new Set([article.slug, ...(before ? [before.slug] : []), ...oldSlugs])];
  const ownPages = slugs.map((slug) => cacheTags.articleSlug(article.locale, slug));
  // Not public before and not now (a draft, or a scheduled article: the publication
  // scheduler expires its time): no list, sitemap or translation shows it.
  if (!publicBefore && !publicAfter) return { tags: ownPages, paths: [] };

  const tags = [
    ...ownPages,
    ...translations.map((t) => cacheTags.articleSlug(t.locale, t.slug)),
    ...[article, ...translations].map((a) => cacheTags.sitemapFile(sitemapFileOf(a.id))),
    ...(listsChanged ? [cacheTags.newsList(article.locale)] : []),
    ...(visibilityChanged ? [cacheTags.sitemapIds] : []),
  ];
  // In the order they are refreshed (two at a time): what a reader of the change opens first.
  const lists = listsChanged ? [paths.news(article.locale), paths.home(article.locale)] : [];
  const edge = [
    paths.article(article.locale, article.slug),
    ...lists,
    ...slugs.map((slug) => paths.article(article.locale, slug)),
    ...translations.map((t) => paths.article(t.locale, t.slug)),
    ...(listsChanged ? [paths.feed(article.locale)] : []),
    "/sitemap.xml",
  ];
  return { tags: [...new Set(tags)], paths: [...new Set(edge)] };
}
