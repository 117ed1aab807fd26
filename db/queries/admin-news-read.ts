// News as staff see it: every article whatever its status, its revisions
// and the old slugs that redirect to it, for the admin list and editor. The
// writes are in admin-news.ts; they read through these too, on their
// transaction.
import { and, count, desc, eq, ilike, sql, type SQL } from "drizzle-orm";
import type { Database } from "../client";
import { escapeLike, likePattern } from "../like-pattern";
import { newsArticles, newsRevisions, slugRedirects, type NewsArticle, type NewsRevision } from "../schema";
import type { Locale } from "./types";

export type AdminStatusFilter = "draft" | "scheduled" | "published";

export type AdminNewsRow = Pick<
  NewsArticle,
  "id" | "locale" | "slug" | "title" | "status" | "publishedAt" | "updatedAt" | "createdAt" | "version" | "translationGroup"
>;

const rowColumns = {
  id: newsArticles.id,
  locale: newsArticles.locale,
  slug: newsArticles.slug,
  title: newsArticles.title,
  status: newsArticles.status,
  publishedAt: newsArticles.publishedAt,
  updatedAt: newsArticles.updatedAt,
  createdAt: newsArticles.createdAt,
  version: newsArticles.version,
  translationGroup: newsArticles.translationGroup,
};

function listConditions(filter: { q?: string; status?: AdminStatusFilter; locale?: Locale }): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.q) conditions.push(ilike(newsArticles.title, likePattern(filter.q)));
  if (filter.locale) conditions.push(eq(newsArticles.locale, filter.locale));
  if (filter.status === "draft") conditions.push(eq(newsArticles.status, "draft"));
  if (filter.status === "scheduled") conditions.push(sql`${newsArticles.status} = 'published' AND ${newsArticles.publishedAt} > now()`);
  if (filter.status === "published") conditions.push(sql`${newsArticles.status} = 'published' AND ${newsArticles.publishedAt} <= now()`);
  return conditions.length > 0 ? and(...conditions) : undefined;
}

/** One page of every article, newest first (by creation), with the total for pagination. */
export async function listAdminNews(
  db: Database,
  filter: { q?: string; status?: AdminStatusFilter; locale?: Locale },
  { limit, offset }: { limit: number; offset: number },
): Promise<{ rows: AdminNewsRow[]; total: number }> {
  const where = listConditions(filter);
  const [rows, [totalRow]] = await Promise.all([
    db
      .select(rowColumns)
      .from(newsArticles)
      .where(where)
      .orderBy(desc(newsArticles.createdAt), desc(newsArticles.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(newsArticles).where(where),
  ]);
  return { rows, total: totalRow?.total ?? 0 };
}

export async function getAdminArticle(db: Database, id: number): Promise<NewsArticle | null> {
  const [row] = await db.select().from(newsArticles).where(eq(newsArticles.id, id)).limit(1);
  return row ?? null;
}

export type TranslationOption = { id: number; title: string; slug: string; translationGroup: string; linkedElsewhere: boolean };

/**
 * Articles of `locale` an article of the other locale may be linked to, newest first.
 * `linkedElsewhere`: the article already has a translation (other than `forGroup`'s).
 */
export async function listTranslationOptions(db: Database, locale: Locale, forGroup: string | null): Promise<TranslationOption[]> {
  const other = sql`EXISTS (SELECT 1 FROM news_articles o WHERE o.translation_group = ${newsArticles.translationGroup} AND o.locale <> ${newsArticles.locale})`;
  const rows = await db
    .select({
      id: newsArticles.id,
      title: newsArticles.title,
      slug: newsArticles.slug,
      translationGroup: newsArticles.translationGroup,
      hasPartner: sql<boolean>`${other}`,
    })
    .from(newsArticles)
    .where(eq(newsArticles.locale, locale))
    .orderBy(desc(newsArticles.createdAt), desc(newsArticles.id))
    .limit(2_000);
  return rows.map(({ hasPartner, ...row }) => ({ ...row, linkedElsewhere: hasPartner && row.translationGroup !== forGroup }));
}

/** The article of `locale` in the same translation group, if any. */
export async function getTranslationPartner(
  db: Database,
  translationGroup: string,
  locale: Locale,
): Promise<{ id: number; title: string; slug: string } | null> {
  const [row] = await db
    .select({ id: newsArticles.id, title: newsArticles.title, slug: newsArticles.slug })
    .from(newsArticles)
    .where(and(eq(newsArticles.translationGroup, translationGroup), eq(newsArticles.locale, locale)))
    .limit(1);
  return row ?? null;
}

/** Slugs of `locale` equal to `base` or `base-N`, so a free one can be suggested. */
export async function listSimilarSlugs(db: Database, locale: Locale, base: string): Promise<Set<string>> {
  const rows = await db
    .select({ slug: newsArticles.slug })
    .from(newsArticles)
    .where(and(eq(newsArticles.locale, locale), sql`(${newsArticles.slug} = ${base} OR ${newsArticles.slug} LIKE ${`${escapeLike(base)}-%`})`));
  return new Set(rows.map((r) => r.slug));
}

export type RevisionSummary = Pick<NewsRevision, "id" | "version" | "title" | "savedBy" | "savedAt">;

export async function listRevisions(db: Database, articleId: number): Promise<RevisionSummary[]> {
  return db
    .select({
      id: newsRevisions.id,
      version: newsRevisions.version,
      title: newsRevisions.title,
      savedBy: newsRevisions.savedBy,
      savedAt: newsRevisions.savedAt,
    })
    .from(newsRevisions)
    .where(eq(newsRevisions.articleId, articleId))
    .orderBy(desc(newsRevisions.version))
    .limit(1_000);
}

export async function getRevision(db: Database, articleId: number, revisionId: number): Promise<NewsRevision | null> {
  const [row] = await db
    .select()
    .from(newsRevisions)
    .where(and(eq(newsRevisions.articleId, articleId), eq(newsRevisions.id, revisionId)))
    .limit(1);
  return row ?? null;
}

/** Who saved the article last, and when: for the "someone saved in between" message. */
export async function getLatestRevision(db: Database, articleId: number): Promise<Pick<NewsRevision, "version" | "savedBy" | "savedAt"> | null> {
  const [row] = await db
    .select({ version: newsRevisions.version, savedBy: newsRevisions.savedBy, savedAt: newsRevisions.savedAt })
    .from(newsRevisions)
    .where(eq(newsRevisions.articleId, articleId))
    .orderBy(desc(newsRevisions.version))
    .limit(1);
  return row ?? null;
}

/** Old slugs that answer 301 to this article. */
export async function listRedirectSlugs(db: Database, articleId: number): Promise<string[]> {
  const rows = await db.select({ oldSlug: slugRedirects.oldSlug }).from(slugRedirects).where(eq(slugRedirects.articleId, articleId));
  return rows.map((r) => r.oldSlug);
}
