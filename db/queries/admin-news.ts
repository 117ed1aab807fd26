// The writes behind the admin news editor. Each write is one transaction (a
// savepoint inside the caller's, lib/admin/write-action.ts, which adds the
// audit line) that checks the version the editor started from (in the UPDATE's
// WHERE, on a locked row) and records a revision, so a save, its revision and
// its audit line land together or not at all. What the editor reads is in
// admin-news-read.ts.
import { and, eq, ne, sql } from "drizzle-orm";
import type { Database } from "../client";
import { compiledBodyColumns, type CompiledBody } from "../compiled-body";
import { inTransaction } from "../transaction";
import { isUniqueViolation } from "../unique-violation";
import { newsArticles, newsRevisions, slugRedirects, type NewsArticle, type NewsRevision } from "../schema";
import { getLatestRevision, getRevision, getTranslationPartner, listRedirectSlugs } from "./admin-news-read";
import type { Locale } from "./types";

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
  /** The body compiled by the save's check, stored with it so a page miss does not compile. */
  compiled: CompiledBody;
};

/** The columns an editor's save writes, the same for a new article and an edit. */
function contentColumns({ title, slug, lede, body, author, status, publishedAt, compiled }: ArticleContent) {
  return { title, slug, lede, body, author, status, publishedAt, ...compiledBodyColumns(compiled) };
}

/** A translation partner as cache expiry needs it: where its page lives. */
type PartnerRef = { id: number; locale: Locale; slug: string };

export type SaveFailure =
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "conflict"; currentVersion: number; savedBy: string | null; savedAt: Date | null }
  | { ok: false; reason: "slug_taken"; slug: string }
  | { ok: false; reason: "translation_invalid"; problem: TranslationProblem; titles?: { chosen: string; linked: string } };

/**
 * Why the chosen translation cannot be linked, worded by the action in the
 * editor's language (news.errors.translationProblems): lost a race to another
 * save, deleted meanwhile, in the same language, or already linked to another
 * article (`titles` names both).
 */
type TranslationProblem = "raced" | "gone" | "sameLanguage" | "linkedElsewhere";

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
    return { ok: false, reason: "translation_invalid", problem: "raced" };
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
  if (!target) throw new Abort({ ok: false, reason: "translation_invalid", problem: "gone" });
  if (target.locale === locale) throw new Abort({ ok: false, reason: "translation_invalid", problem: "sameLanguage" });
  const [sibling] = await tx
    .select({ id: newsArticles.id, title: newsArticles.title })
    .from(newsArticles)
    .where(and(eq(newsArticles.translationGroup, target.group), eq(newsArticles.locale, locale)))
    .limit(1);
  if (sibling && sibling.id !== selfId) {
    throw new Abort({ ok: false, reason: "translation_invalid", problem: "linkedElsewhere", titles: { chosen: target.title, linked: sibling.title } });
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
    return { ok: true, article, before: null, redirectedFrom: null, touchedPartners } satisfies SavedArticle;
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
    return { ok: true, article, before, redirectedFrom, touchedPartners } satisfies SavedArticle;
  });
}

/**
 * Makes a revision's title, lede and body current again: a new save with its
 * own revision. `compiled` is the revision's body as the caller's check
 * compiled it (revisions never change, so it is this body).
 */
export async function restoreRevision(
  db: Database,
  id: number,
  revisionId: number,
  expectedVersion: number,
  savedBy: string,
  compiled: CompiledBody,
): Promise<(SavedArticle & { revision: NewsRevision }) | SaveFailure> {
  return run(db, "", async (tx) => {
    const before = await lockForWrite(tx, id, expectedVersion);
    const revision = await getRevision(tx, id, revisionId);
    if (!revision) throw new Abort({ ok: false, reason: "not_found" });
    const [article] = await tx
      .update(newsArticles)
      .set({
        title: revision.title,
        lede: revision.lede,
        body: revision.body,
        ...compiledBodyColumns(compiled),
        version: sql`${newsArticles.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(newsArticles.id, id), eq(newsArticles.version, expectedVersion)))
      .returning();
    if (!article) throw new Abort(await conflictOf(tx, before));
    await insertRevision(tx, article, savedBy);
    return { ok: true as const, article, before, redirectedFrom: null, touchedPartners: [], revision };
  });
}

export type DeletedArticle = { ok: true; article: NewsArticle; redirectSlugs: string[]; partner: PartnerRef | null };

/** Deletes the article (its revisions and redirects go with it) if it is still at `expectedVersion`. */
export async function deleteArticle(
  db: Database,
  id: number,
  expectedVersion: number,
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
    return {
      ok: true,
      article,
      redirectSlugs,
      partner: partner ? { id: partner.id, locale: partnerLocale, slug: partner.slug } : null,
    } satisfies DeletedArticle;
  });
}
