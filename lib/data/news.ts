import "server-only";
// Cached news getters for public pages. Each read carries the tags of what it
// shows (db/cache-tags.ts): the lists of a locale, or one article by its
// address (put on its page without a data entry: getArticle). unstable_cache
// fixes its tags when the wrapper is made, so the wrappers are made per call
// with tags derived from the arguments; each call also adds its tags to the
// page being rendered (x-next-cache-tags), so the page entry expires with its
// data. Nothing expires on a timer: saves expire
// what they changed, and scheduled articles are expired at their time by
// lib/cache/publication-scheduler.ts.
import { createHash } from "node:crypto";
import { unstable_cache } from "next/cache";
import { cacheTags } from "@/db/cache-tags";
import { tagRenderedEntry } from "@/lib/cache/entry-tags";
import type { CompiledBody } from "@/db/compiled-body";
import { getDb } from "@/db";
import {
  countPublishedNews,
  getPublishedArticleWithTranslation,
  getRedirectedSlug,
  listFeedArticles,
  listPublishedNews,
  type ArticleDetail,
} from "@/db/queries/news";
import type { MdxProblem } from "@/lib/mdx/compile";
import { compileMdxToHtml, MDX_COMPILER, storedHtml, type CompiledMdx } from "@/lib/mdx/compiled";
import { siteConfig, type Locale } from "@/lib/site-config";

const listCache = (locale: Locale) => ({ tags: [cacheTags.newsList(locale)] });

// Counting reads every public row of the locale: done once per expiry and shared
// by all feed pages, so a feed page's own cost does not grow with the table.
function getPublishedNewsCount(locale: Locale): Promise<number> {
  return unstable_cache(async () => countPublishedNews(await getDb(), locale), ["news-count", locale], listCache(locale))();
}

export type NewsPage = { items: Awaited<ReturnType<typeof listPublishedNews>>; total: number; totalPages: number };

/**
 * One feed page. A page past the end is answered from the (cached) count alone
 * and never stored: it would be a data-cache entry per number anyone tries.
 */
export async function getNewsPage(locale: Locale, page: number, pageSize: number): Promise<NewsPage> {
  const total = await getPublishedNewsCount(locale);
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  if (page > totalPages) return { items: [], total, totalPages };
  const items = await unstable_cache(
    async () => listPublishedNews(await getDb(), locale, { limit: pageSize, offset: (page - 1) * pageSize }),
    ["news-page", locale, String(page), String(pageSize)],
    listCache(locale),
  )();
  return { items, total, totalPages };
}

export function getLatestNews(locale: Locale, limit: number) {
  return unstable_cache(async () => listPublishedNews(await getDb(), locale, { limit, offset: 0 }), ["latest-news", locale, String(limit)], listCache(locale))();
}

export function getFeedArticles(locale: Locale) {
  return unstable_cache(async () => listFeedArticles(await getDb(), locale, siteConfig.feedSize), ["feed-articles", locale], listCache(locale))();
}

type FoundArticle = { article: ArticleDetail; translationSlug: string | null; redirectTo: null };
export type ArticleLookup = FoundArticle | { article: null; redirectTo: string | null };

/**
 * The public article at /<locale>/news/<slug>, with its translation's slug for
 * the language switch; or where an old slug now lives (a redirect's target
 * changes with later renames); or nothing. One query, not a data-cache entry:
 * its only caller is the article's own page, whose entry is the cache (and
 * expires by the same tag), so a data entry beside it was never read before it
 * expired too (lib/cache/entry-tags.ts). The tag goes on the page whatever the
 * answer, as unstable_cache put it there before it looked.
 */
export async function getArticle(locale: Locale, slug: string): Promise<ArticleLookup> {
  tagRenderedEntry([cacheTags.articleSlug(locale, slug)]);
  const found = await getPublishedArticleWithTranslation(await getDb(), locale, slug);
  if (found) return { ...found, redirectTo: null };
  return { article: null, redirectTo: await getRedirectedSlug(await getDb(), locale, slug) };
}

/**
 * A body compiled to markup, once per distinct text and pipeline: keyed by the
 * compiler's name (MDX_COMPILER) and a hash of the body, so neither a later
 * miss of the page (a translation's save, an eviction), nor another instance,
 * nor a save that changed only the title or the status compiles it again (a
 * compile is 10-25 ms of CPU, more than the rest of an article's render). No
 * tags: nothing but a new pipeline can make it stale, and that is a new key.
 * Articles keep their markup in their row (getArticleBody); this is for what has
 * none: content pages, the programme's introduction, and articles not saved
 * through the admin since the pipeline changed.
 */
export function getCompiledBody(article: Pick<ArticleDetail, "body">): Promise<CompiledMdx> {
  const bodyHash = createHash("sha256").update(article.body).digest("base64url");
  return unstable_cache(async () => compileMdxToHtml(article.body), ["mdx", MDX_COMPILER, bodyHash])();
}

/**
 * The compiled body of a public article: the markup its save stored, when the
 * pipeline that compiled it is the current one, so a page miss compiles
 * nothing; else (never compiled at save, or compiled before an upgrade)
 * getCompiledBody, as for any other body.
 */
export function getArticleBody(article: Pick<ArticleDetail, "body" | "compiledBody" | "compiledWith">): Promise<CompiledMdx> {
  if (article.compiledBody !== null && article.compiledWith === MDX_COMPILER) return Promise.resolve({ ok: true, html: article.compiledBody });
  return getCompiledBody(article);
}

/**
 * The save-time check of a body (the problems an editor must fix, as checkMdx
 * finds them), done by compiling it through getCompiledBody, and the markup that
 * compile produced, for the save to store with the body: one compile serves
 * the check, the row and the data cache (so a page that renders before the
 * row is read, or a content page with the same text, compiles nothing either).
 * A body that fails keeps its problems under its hash too; that costs one
 * small entry per distinct text an editor tried to save.
 */
export async function checkAndKeepCompiledBody(body: string): Promise<{ problems: MdxProblem[]; compiled: CompiledBody }> {
  let compiled: CompiledMdx;
  try {
    compiled = await getCompiledBody({ body });
  } catch (error) {
    // Keeping it is a saving, not part of the check: outside a Next request (a
    // script, a test) there is no data cache, and a store that fails must not
    // fail the save. Compile without keeping.
    console.warn("[mdx] compiled body not kept:", error instanceof Error ? error.message : error);
    compiled = await compileMdxToHtml(body);
  }
  return { problems: compiled.ok ? [] : compiled.problems, compiled: storedHtml(compiled) };
}
