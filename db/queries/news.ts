// Reads of news for the public site. Only articles that are published and
// whose publish time has passed are ever returned here.
import { and, count, eq, gt, inArray, lte, max, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { media, newsArticles, slugRedirects } from "../schema";
import { mediaPath } from "../media-path";
import type { Locale } from "./types";

export type ArticleSummary = {
  id: number;
  locale: Locale;
  slug: string;
  title: string;
  lede: string;
  /** ISO 8601: these values pass through Next's JSON data cache. */
  publishedAt: string;
};

export type ArticleDetail = ArticleSummary & {
  body: string;
  author: string;
  updatedAt: string;
  version: number;
  translationGroup: string;
  /** alt: what the image shows; empty for a decorative one. */
  cover: { url: string; width: number; height: number; alt: string } | null;
  /** The body's code as compiled at save, and the pipeline that compiled it (null when it was not). */
  compiledBody: string | null;
  compiledWith: string | null;
};

const isPublic = sql`${newsArticles.status} = 'published' AND ${newsArticles.publishedAt} <= now()`;

// NULLS LAST as in news_articles_feed_idx: with Postgres's default for DESC (NULLS FIRST) the
// index cannot give the order, and at 100,000 articles a feed page became a 60 ms sort of the
// whole locale instead of a 1 ms index scan (npm run bench -- --scale).
const newestFirst = [sql`${newsArticles.publishedAt} desc nulls last`, sql`${newsArticles.id} desc nulls last`];

const summaryColumns = {
  id: newsArticles.id,
  locale: newsArticles.locale,
  slug: newsArticles.slug,
  title: newsArticles.title,
  lede: newsArticles.lede,
  publishedAt: newsArticles.publishedAt,
};

function toSummary(row: { publishedAt: Date | null } & Omit<ArticleSummary, "publishedAt">): ArticleSummary {
  return { ...row, publishedAt: (row.publishedAt ?? new Date(0)).toISOString() };
}

/**
 * The query of one feed page, newest first. The page's ids come from an index-only scan of
 * news_articles_feed_idx (a deferred join): the rows an OFFSET skips are never read from the
 * table, so page 500 costs index entries, not 4,990 table rows spread over a large table.
 */
export function feedPageQuery(db: Database, locale: Locale, { limit, offset }: { limit: number; offset: number }) {
  const pageIds = db
    .select({ id: newsArticles.id })
    .from(newsArticles)
    .where(and(eq(newsArticles.locale, locale), isPublic))
    .orderBy(...newestFirst)
    .limit(limit)
    .offset(offset)
    .as("page_ids");
  return db
    .select(summaryColumns)
    .from(newsArticles)
    .innerJoin(pageIds, eq(newsArticles.id, pageIds.id))
    .orderBy(...newestFirst);
}

export async function listPublishedNews(
  db: Database,
  locale: Locale,
  page: { limit: number; offset: number },
): Promise<ArticleSummary[]> {
  return (await feedPageQuery(db, locale, page)).map(toSummary);
}

export async function countPublishedNews(db: Database, locale: Locale): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(newsArticles)
    .where(and(eq(newsArticles.locale, locale), isPublic));
  return row?.total ?? 0;
}

const articleColumns = {
  ...summaryColumns,
  body: newsArticles.body,
  author: newsArticles.author,
  updatedAt: newsArticles.updatedAt,
  version: newsArticles.version,
  translationGroup: newsArticles.translationGroup,
  coverSha: media.sha256,
  coverMime: media.mime,
  coverWidth: media.width,
  coverHeight: media.height,
  coverAlt: newsArticles.coverAlt,
  // Read with the body, by the one query a page miss makes: a few KB, and no compile after it.
  compiledBody: newsArticles.compiledBody,
  compiledWith: newsArticles.compiledWith,
};

/**
 * The public article at an address, with its public translation's slug, in one
 * round trip (the translation's slug is a subquery on the (translation_group,
 * locale) unique index): what an article page's miss asks the database. A
 * prepared statement, built once per database handle: drizzle's building of
 * this query (the join, the subquery, 17 columns) cost more of the app's CPU
 * than PostgreSQL's answer did (0.6 against 0.15 ms a call, measured with
 * process.cpuUsage over 1,000 calls).
 */
function publishedArticleStatement(db: Database) {
  const translation = alias(newsArticles, "translation");
  const translationSlug = db
    .select({ slug: translation.slug })
    .from(translation)
    .where(
      and(
        eq(translation.translationGroup, newsArticles.translationGroup),
        eq(translation.locale, sql.placeholder("otherLocale")),
        sql`${translation.status} = 'published' AND ${translation.publishedAt} <= now()`,
      ),
    )
    .limit(1);
  return db
    .select({ ...articleColumns, translationSlug: sql<string | null>`(${translationSlug})` })
    .from(newsArticles)
    .leftJoin(media, eq(media.id, newsArticles.coverMediaId))
    .where(and(eq(newsArticles.locale, sql.placeholder("locale")), eq(newsArticles.slug, sql.placeholder("slug")), isPublic))
    .limit(1)
    .prepare("published_article");
}

const publishedArticleStatements = new WeakMap<Database, ReturnType<typeof publishedArticleStatement>>();

async function selectPublishedArticle(db: Database, locale: Locale, slug: string) {
  let statement = publishedArticleStatements.get(db);
  if (!statement) publishedArticleStatements.set(db, (statement = publishedArticleStatement(db)));
  const [row] = await statement.execute({ locale, slug, otherLocale: locale === "en" ? "ru" : "en" });
  return row ?? null;
}

function toArticleDetail(row: NonNullable<Awaited<ReturnType<typeof selectPublishedArticle>>>): ArticleDetail {
  const { coverSha, coverMime, coverWidth, coverHeight, coverAlt, updatedAt, translationSlug: _translation, ...rest } = row;
  return {
    ...toSummary(rest),
    body: rest.body,
    author: rest.author,
    version: rest.version,
    translationGroup: rest.translationGroup,
    compiledBody: rest.compiledBody,
    compiledWith: rest.compiledWith,
    updatedAt: updatedAt.toISOString(),
    cover:
      coverSha && coverMime && coverWidth && coverHeight
        ? { url: mediaPath(coverSha, coverMime), width: coverWidth, height: coverHeight, alt: coverAlt }
        : null,
  };
}

export async function getPublishedArticle(db: Database, locale: Locale, slug: string): Promise<ArticleDetail | null> {
  const row = await selectPublishedArticle(db, locale, slug);
  return row ? toArticleDetail(row) : null;
}

/** The public article at an address and its public translation's slug (one query). */
export async function getPublishedArticleWithTranslation(
  db: Database,
  locale: Locale,
  slug: string,
): Promise<{ article: ArticleDetail; translationSlug: string | null } | null> {
  const row = await selectPublishedArticle(db, locale, slug);
  return row ? { article: toArticleDetail(row), translationSlug: row.translationSlug ?? null } : null;
}

/** Where an old slug of a public article now lives (its current slug), for a 301. */
export async function getRedirectedSlug(db: Database, locale: Locale, oldSlug: string): Promise<string | null> {
  const [row] = await db
    .select({ slug: newsArticles.slug })
    .from(slugRedirects)
    .innerJoin(newsArticles, eq(newsArticles.id, slugRedirects.articleId))
    .where(and(eq(slugRedirects.locale, locale), eq(slugRedirects.oldSlug, oldSlug), isPublic))
    .limit(1);
  return row?.slug ?? null;
}

export type SitemapArticle = {
  locale: Locale;
  slug: string;
  updatedAt: string;
  /** The public translation in the other locale, if any. */
  translation: { locale: Locale; slug: string } | null;
};

const translations = alias(newsArticles, "translations");

/**
 * The public articles of both locales whose id is in (afterId, upToId], with
 * their translations, for one sitemap file. A range of ids rather than an
 * OFFSET: the cost of a file does not grow with the files before it.
 */
export async function listPublishedForSitemap(
  db: Database,
  { afterId, upToId }: { afterId: number; upToId: number },
): Promise<SitemapArticle[]> {
  const rows = await db
    .select({
      locale: newsArticles.locale,
      slug: newsArticles.slug,
      updatedAt: newsArticles.updatedAt,
      otherLocale: translations.locale,
      otherSlug: translations.slug,
    })
    .from(newsArticles)
    .leftJoin(
      translations,
      and(
        eq(translations.translationGroup, newsArticles.translationGroup),
        ne(translations.locale, newsArticles.locale),
        sql`${translations.status} = 'published' AND ${translations.publishedAt} <= now()`,
      ),
    )
    .where(and(isPublic, gt(newsArticles.id, afterId), lte(newsArticles.id, upToId)))
    .orderBy(newsArticles.id);
  return rows.map((row) => ({
    locale: row.locale,
    slug: row.slug,
    updatedAt: row.updatedAt.toISOString(),
    translation: row.otherLocale && row.otherSlug ? { locale: row.otherLocale, slug: row.otherSlug } : null,
  }));
}

export type RecentArticle = { locale: Locale; slug: string; title: string; publishedAt: Date };

/**
 * Public articles of both locales published within the last `hours` hours by
 * the database's clock, newest first, at most `limit`: the Google News
 * sitemap. A scheduled article is absent until its time (isPublic).
 */
export async function listRecentlyPublished(db: Database, hours: number, limit: number): Promise<RecentArticle[]> {
  const rows = await db
    .select({ locale: newsArticles.locale, slug: newsArticles.slug, title: newsArticles.title, publishedAt: newsArticles.publishedAt })
    .from(newsArticles)
    .where(and(isPublic, sql`${newsArticles.publishedAt} > now() - make_interval(hours => ${hours})`))
    .orderBy(...newestFirst)
    .limit(limit);
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt! }));
}

/** The highest id of a public article (0 when there is none): how many sitemap files there are. */
export async function maxPublishedId(db: Database): Promise<number> {
  const [row] = await db.select({ id: max(newsArticles.id) }).from(newsArticles).where(isPublic);
  return row?.id ?? 0;
}

/** The newest public articles with their bodies, for the RSS feed. */
export async function listFeedArticles(db: Database, locale: Locale, limit: number) {
  const rows = await db
    .select({ ...summaryColumns, author: newsArticles.author, updatedAt: newsArticles.updatedAt })
    .from(newsArticles)
    .where(and(eq(newsArticles.locale, locale), isPublic))
    .orderBy(...newestFirst)
    .limit(limit);
  return rows.map(({ updatedAt, ...row }) => ({ ...toSummary(row), author: row.author, updatedAt: updatedAt.toISOString() }));
}


// ---------------------------------------------------------------------------
// Scheduled publication (lib/cache/publication-scheduler.ts)

/** The database's clock: the public queries judge "published_at <= now()" by it, so the scheduler does too. */
export async function databaseNow(db: Database): Promise<Date> {
  const result = await db.execute<{ now: Date | string }>(sql`select now() as now`);
  return new Date(result.rows[0]!.now);
}

/**
 * The earliest publish time after `after` of an article that is published but
 * not yet public: one backward step of news_articles_feed_idx per locale.
 */
export async function nextScheduledPublication(db: Database, after: Date, locales: readonly Locale[]): Promise<Date | null> {
  const times = await Promise.all(
    locales.map(async (locale) => {
      const [row] = await db
        .select({ at: newsArticles.publishedAt })
        .from(newsArticles)
        .where(and(eq(newsArticles.locale, locale), eq(newsArticles.status, "published"), gt(newsArticles.publishedAt, after)))
        .orderBy(sql`${newsArticles.publishedAt} asc`)
        .limit(1);
      return row?.at ?? null;
    }),
  );
  const found = times.filter((t): t is Date => t !== null).map((t) => t.getTime());
  return found.length > 0 ? new Date(Math.min(...found)) : null;
}

export type NewlyPublic = { id: number; locale: Locale; slug: string; translations: { id: number; locale: Locale; slug: string }[] };

/**
 * Articles that became public by the clock in (after, upTo]: published, with a
 * publish time in that window that was still ahead when they were last saved
 * (published_at > updated_at), so an article published "now" by a save, whose
 * save already expired everything, is not expired a second time.
 */
export async function listNewlyPublic(db: Database, after: Date, upTo: Date, locales: readonly Locale[]): Promise<NewlyPublic[]> {
  const rows = await db
    .select({
      id: newsArticles.id,
      locale: newsArticles.locale,
      slug: newsArticles.slug,
      otherId: translations.id,
      otherLocale: translations.locale,
      otherSlug: translations.slug,
    })
    .from(newsArticles)
    .leftJoin(translations, and(eq(translations.translationGroup, newsArticles.translationGroup), ne(translations.locale, newsArticles.locale)))
    .where(
      and(
        // The locales lead news_articles_feed_idx: with them the window is an index range per locale.
        inArray(newsArticles.locale, [...locales]),
        eq(newsArticles.status, "published"),
        gt(newsArticles.publishedAt, after),
        lte(newsArticles.publishedAt, upTo),
        sql`${newsArticles.publishedAt} > ${newsArticles.updatedAt}`,
      ),
    );
  return rows.map((r) => ({
    id: r.id,
    locale: r.locale,
    slug: r.slug,
    translations: r.otherId !== null && r.otherLocale && r.otherSlug ? [{ id: r.otherId, locale: r.otherLocale, slug: r.otherSlug }] : [],
  }));
}
