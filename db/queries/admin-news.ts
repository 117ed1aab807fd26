// News as staff see and change it: every article whatever its status, and the
// writes behind the admin editor. Each write is one transaction that checks
// the version the editor started from (in the UPDATE's WHERE, on a locked
// row), records a revision and runs the caller's audit entry, so a save,
// its revision and its audit line land together or not at all.
import { and, count, desc, eq, ilike, ne, sql, type SQL } from "drizzle-orm";
import type { Database } from "../client";
import { inTransaction } from "../transaction";
import { isUniqueViolation } from "../unique-violation";
import { newsArticles, newsRevisions, slugRedirects, type NewsArticle, type NewsRevision } from "../schema";
import type { Locale } from "./types";

/** The caller's audit entry, written on the save's transaction. */
type AuditHook<T> = (tx: Database, outcome: T) => Promise<void>;

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

/** `%` and `_` typed by an editor are looked for literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

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
    .where(and(eq(newsArticles.locale, locale), sql`(${newsArticles.slug} = ${base} OR ${newsArticles.slug} LIKE ${`${base.replace(/[\\%_]/g, (c) => `\\${c}`)}-%`})`));
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

// ---------------------------------------------------------------------------
// Writes

export type ArticleContent = {
  title: string;
  slug: string;
  lede: string;
  body: string;
  author: string;
  status: "draft" | "published";
  publishedAt: Date | null;
  /** Article of the other locale to share a translation group with; null unlinks. */
  translationId: number | null;
};

/** The columns an editor's save writes, the same for a new article and an edit. */
function contentColumns({ title, slug, lede, body, author, status, publishedAt }: ArticleContent) {
  return { title, slug, lede, body, author, status, publishedAt };
}

/** A translation partner as cache expiry needs it: where its page lives. */
export type PartnerRef = { id: number; locale: Locale; slug: string };

export type SaveFailure =
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "conflict"; currentVersion: number; savedBy: string | null; savedAt: Date | null }
  | { ok: false; reason: "slug_taken"; slug: string }
  | { ok: false; reason: "translation_invalid"; message: string };

export type SavedArticle = {
  ok: true;
  article: NewsArticle;
  /** The row before this save; null for a new article. */
  before: NewsArticle | null;
  /** Set when the slug of a published article changed and the old one now redirects. */
  redirectedFrom: string | null;
  /** Articles whose "other language" link changed with this save (old and new partners), for cache expiry. */
  touchedPartners: PartnerRef[];
};

/** A unique-index race lost to a concurrent save, as the failure the editor understands. */
function uniqueViolation(error: unknown, slug: string): SaveFailure | null {
  if (isUniqueViolation(error, "news_articles_locale_slug_key")) return { ok: false, reason: "slug_taken", slug };
  if (isUniqueViolation(error, "news_articles_group_locale_key")) {
    return { ok: false, reason: "translation_invalid", message: "That article was just linked to another translation. Choose again." };
  }
  return null;
}

class Abort extends Error {
  constructor(readonly failure: SaveFailure) {
    super(failure.reason);
  }
}

async function slugTaken(tx: Database, locale: Locale, slug: string, exceptId: number | null): Promise<boolean> {
  const [row] = await tx
    .select({ id: newsArticles.id })
    .from(newsArticles)
    .where(and(eq(newsArticles.locale, locale), eq(newsArticles.slug, slug), exceptId === null ? undefined : ne(newsArticles.id, exceptId)))
    .limit(1);
  return Boolean(row);
}

/**
 * The translation group an article of `locale` should have to be linked with
 * article `translationId` (of the other locale), or null for "a group of its own".
 */
async function resolveGroup(tx: Database, locale: Locale, translationId: number | null, selfId: number | null): Promise<string | null> {
  if (translationId === null) return null;
  const [target] = await tx
    .select({ id: newsArticles.id, locale: newsArticles.locale, group: newsArticles.translationGroup, title: newsArticles.title })
    .from(newsArticles)
    .where(eq(newsArticles.id, translationId))
    .for("update")
    .limit(1);
  if (!target) throw new Abort({ ok: false, reason: "translation_invalid", message: "The chosen translation no longer exists. Choose another." });
  if (target.locale === locale) {
    throw new Abort({ ok: false, reason: "translation_invalid", message: "The translation must be an article in the other language." });
  }
  const [sibling] = await tx
    .select({ id: newsArticles.id, title: newsArticles.title })
    .from(newsArticles)
    .where(and(eq(newsArticles.translationGroup, target.group), eq(newsArticles.locale, locale)))
    .limit(1);
  if (sibling && sibling.id !== selfId) {
    throw new Abort({
      ok: false,
      reason: "translation_invalid",
      message: `"${target.title}" is already linked to "${sibling.title}". Unlink it there first, or choose another article.`,
    });
  }
  return target.group;
}

async function insertRevision(tx: Database, article: NewsArticle, savedBy: string): Promise<void> {
  await tx
    .insert(newsRevisions)
    .values({ articleId: article.id, version: article.version, title: article.title, lede: article.lede, body: article.body, savedBy })
    .onConflictDoNothing();
}

async function run<T>(db: Database, slug: string, work: (tx: Database) => Promise<T>): Promise<T | SaveFailure> {
  try {
    return await inTransaction(db, work);
  } catch (error) {
    if (error instanceof Abort) return error.failure;
    const failure = uniqueViolation(error, slug);
    if (failure) return failure;
    throw error;
  }
}

export async function createArticle(
  db: Database,
  input: ArticleContent & { locale: Locale },
  savedBy: string,
  audit: AuditHook<SavedArticle>,
): Promise<SavedArticle | SaveFailure> {
  return run(db, input.slug, async (tx) => {
    if (await slugTaken(tx, input.locale, input.slug, null)) throw new Abort({ ok: false, reason: "slug_taken", slug: input.slug });
    const group = await resolveGroup(tx, input.locale, input.translationId, null);
    const [article] = await tx
      .insert(newsArticles)
      .values({ locale: input.locale, ...contentColumns(input), ...(group ? { translationGroup: group } : {}) })
      .returning();
    if (!article) throw new Error("insert returned no row");
    await insertRevision(tx, article, savedBy);
    // A redirect left by an article that once had this slug must not outlive it being taken.
    await tx.delete(slugRedirects).where(and(eq(slugRedirects.locale, input.locale), eq(slugRedirects.oldSlug, input.slug)));
    const partnerLocale: Locale = input.locale === "en" ? "ru" : "en";
    const partner = group ? await getTranslationPartner(tx, group, partnerLocale) : null;
    const touchedPartners = partner ? [{ id: partner.id, locale: partnerLocale, slug: partner.slug }] : [];
    const outcome: SavedArticle = { ok: true, article, before: null, redirectedFrom: null, touchedPartners };
    await audit(tx, outcome);
    return outcome;
  });
}

/** Locks the article and checks the version the editor started from; the failure names who saved in between. */
async function lockForWrite(tx: Database, id: number, expectedVersion: number): Promise<NewsArticle> {
  const [current] = await tx.select().from(newsArticles).where(eq(newsArticles.id, id)).for("update").limit(1);
  if (!current) throw new Abort({ ok: false, reason: "not_found" });
  if (current.version !== expectedVersion) throw new Abort(await conflictOf(tx, current));
  return current;
}

async function conflictOf(tx: Database, current: NewsArticle): Promise<SaveFailure> {
  const latest = await getLatestRevision(tx, current.id);
  return {
    ok: false,
    reason: "conflict",
    currentVersion: current.version,
    savedBy: latest?.savedBy ?? null,
    savedAt: latest?.savedAt ?? current.updatedAt,
  };
}

/**
 * Saves an edit made on `expectedVersion`. The locale never changes (the
 * public URL and the redirects are per locale). A changed slug of a published
 * article leaves a 301 from the old one.
 */
export async function updateArticle(
  db: Database,
  id: number,
  expectedVersion: number,
  input: ArticleContent,
  savedBy: string,
  audit: AuditHook<SavedArticle>,
): Promise<SavedArticle | SaveFailure> {
  return run(db, input.slug, async (tx) => {
    const before = await lockForWrite(tx, id, expectedVersion);
    if (input.slug !== before.slug && (await slugTaken(tx, before.locale, input.slug, id))) {
      throw new Abort({ ok: false, reason: "slug_taken", slug: input.slug });
    }
    const otherLocale: Locale = before.locale === "en" ? "ru" : "en";
    const oldPartner = await getTranslationPartner(tx, before.translationGroup, otherLocale);
    let group = await resolveGroup(tx, before.locale, input.translationId, id);
    // Unlinking: move out of the shared group into one of our own.
    if (group === null && oldPartner) group = crypto.randomUUID();
    // Articles saved before revisions were kept (or inserted directly) get their old text recorded first.
    await insertRevision(tx, before, before.author ? `${before.author} (text before the first admin save)` : "unknown (text before the first admin save)");

    const [article] = await tx
      .update(newsArticles)
      .set({
        ...contentColumns(input),
        ...(group ? { translationGroup: group } : {}),
        version: sql`${newsArticles.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(newsArticles.id, id), eq(newsArticles.version, expectedVersion)))
      .returning();
    if (!article) throw new Abort(await conflictOf(tx, before));
    await insertRevision(tx, article, savedBy);

    let redirectedFrom: string | null = null;
    if (article.slug !== before.slug) {
      await tx.delete(slugRedirects).where(and(eq(slugRedirects.locale, article.locale), eq(slugRedirects.oldSlug, article.slug)));
      if (before.status === "published") {
        await tx
          .insert(slugRedirects)
          .values({ locale: before.locale, oldSlug: before.slug, articleId: id })
          .onConflictDoUpdate({ target: [slugRedirects.locale, slugRedirects.oldSlug], set: { articleId: id } });
        redirectedFrom = before.slug;
      }
    }
    const newPartner = await getTranslationPartner(tx, article.translationGroup, otherLocale);
    const touched: { id: number; slug: string }[] = [];
    if (oldPartner?.id !== newPartner?.id) {
      if (oldPartner) touched.push(oldPartner);
      if (newPartner) touched.push(newPartner);
    } else if (newPartner && (before.slug !== article.slug || before.status !== article.status || before.publishedAt?.getTime() !== article.publishedAt?.getTime())) {
      touched.push(newPartner); // its language switch points at this article
    }
    const touchedPartners = touched.map((p) => ({ id: p.id, locale: otherLocale, slug: p.slug }));
    const outcome: SavedArticle = { ok: true, article, before, redirectedFrom, touchedPartners };
    await audit(tx, outcome);
    return outcome;
  });
}

/** Makes a revision's title, lede and body current again: a new save with its own revision. */
export async function restoreRevision(
  db: Database,
  id: number,
  revisionId: number,
  expectedVersion: number,
  savedBy: string,
  audit: AuditHook<SavedArticle & { revision: NewsRevision }>,
): Promise<(SavedArticle & { revision: NewsRevision }) | SaveFailure> {
  return run(db, "", async (tx) => {
    const before = await lockForWrite(tx, id, expectedVersion);
    const revision = await getRevision(tx, id, revisionId);
    if (!revision) throw new Abort({ ok: false, reason: "not_found" });
    const [article] = await tx
      .update(newsArticles)
      .set({ title: revision.title, lede: revision.lede, body: revision.body, version: sql`${newsArticles.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(newsArticles.id, id), eq(newsArticles.version, expectedVersion)))
      .returning();
    if (!article) throw new Abort(await conflictOf(tx, before));
    await insertRevision(tx, article, savedBy);
    const outcome = { ok: true as const, article, before, redirectedFrom: null, touchedPartners: [], revision };
    await audit(tx, outcome);
    return outcome;
  });
}

export type DeletedArticle = { ok: true; article: NewsArticle; redirectSlugs: string[]; partner: PartnerRef | null };

/** Deletes the article (its revisions and redirects go with it) if it is still at `expectedVersion`. */
export async function deleteArticle(
  db: Database,
  id: number,
  expectedVersion: number,
  audit: AuditHook<DeletedArticle>,
): Promise<DeletedArticle | SaveFailure> {
  return run(db, "", async (tx) => {
    const article = await lockForWrite(tx, id, expectedVersion);
    const redirectSlugs = await listRedirectSlugs(tx, id);
    const partnerLocale: Locale = article.locale === "en" ? "ru" : "en";
    const partner = await getTranslationPartner(tx, article.translationGroup, partnerLocale);
    const deleted = await tx
      .delete(newsArticles)
      .where(and(eq(newsArticles.id, id), eq(newsArticles.version, expectedVersion)))
      .returning({ id: newsArticles.id });
    if (deleted.length === 0) throw new Abort(await conflictOf(tx, article));
    const outcome: DeletedArticle = {
      ok: true,
      article,
      redirectSlugs,
      partner: partner ? { id: partner.id, locale: partnerLocale, slug: partner.slug } : null,
    };
    await audit(tx, outcome);
    return outcome;
  });
}
