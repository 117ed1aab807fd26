"use server";
// Every change to news: requireRole → zod → MDX check → one transaction in
// db/queries/admin-news.ts (version check, revision, audit) → expiry of
// exactly the tags and paths touched. On any failure the action returns what
// was typed, so the form keeps every character.
import { redirect, unstable_rethrow } from "next/navigation";
import { getDb } from "@/db";
import { createArticle, deleteArticle, restoreRevision, updateArticle, type SaveFailure, type SavedArticle } from "@/db/queries/admin-news";
import { getRevision } from "@/db/queries/admin-news-read";
import type { LiveSession } from "@/db/queries/staff";
import { compileBody } from "@/components/admin/news-preview";
import { recordAudit } from "@/lib/audit";
import { requireRole } from "@/lib/auth/dal";
import { checkAndKeepCompiledBody } from "@/lib/data/news";
import { formatWallTime } from "@/lib/news/moscow-time";
import { auditAction, changedFields } from "@/lib/news/audit-summary";
import { articleExpiry, type ArticleChange } from "@/lib/news/expiry";
import { reschedulePublications } from "@/lib/cache/publication-scheduler";
import { expireFromAction } from "@/lib/revalidate";
import { paths } from "@/lib/urls";
import { issuesByField, parseId } from "@/lib/admin/forms";
import {
  articleFormValues,
  articleFormSchema,
  deleteSchema,
  previewSchema,
  readArticleForm,
  restoreSchema,
  versionSchema,
  type ArticleFormValues,
  type ArticleInput,
  type ArticleFormState,
  type PreviewResult,
} from "@/lib/validation/news";

import { DB_DOWN, DB_DOWN_SHORT, failureState, FIX_BELOW, publicStateMessage, savedInBetween } from "./messages";

export type { ArticleFormState, PreviewResult };

function savedByOf(session: LiveSession): string {
  return `${session.name} (${session.email})`;
}

/** requireRole, but a database failure during the session check is a message, not a lost form. */
async function sessionOr<T>(values: T): Promise<{ session: LiveSession } | { state: { status: "error"; message: string; values: T } }> {
  try {
    return { session: await requireRole("editor") };
  } catch (error) {
    unstable_rethrow(error); // sign-in redirect and 403 go through
    console.error("[admin-news] session check failed:", error);
    return { state: { status: "error", message: values === undefined ? DB_DOWN_SHORT : DB_DOWN, values } };
  }
}


/** Parses the form and checks the body; field errors and MDX problems together, so one save shows them all. */
async function validate(values: ArticleFormValues): Promise<{ input: ArticleInput } | { state: ArticleFormState }> {
  const parsed = articleFormSchema.safeParse(values);
  const problems = values.body.length <= 100_000 ? await checkAndKeepCompiledBody(values.body) : [];
  if (parsed.success && problems.length === 0) return { input: parsed.data };
  const errors = parsed.success ? {} : issuesByField(parsed.error);
  if (problems.length > 0) {
    errors.body = [
      ...(errors.body ?? []),
      `The body has ${problems.length === 1 ? "1 problem" : `${problems.length} problems`} that would stop it from showing; see the list below it.`,
    ];
  }
  return {
    state: {
      status: "error",
      message: FIX_BELOW,
      errors,
      bodyProblems: problems,
      values,
    },
  };
}


/**
 * Expires the public data and pages this article's change touched, and nothing
 * else; refreshes them at the edge; and lets the publication scheduler see a
 * new or moved publish time.
 */
function expireArticle(change: ArticleChange): void {
  expireFromAction(articleExpiry(change));
  reschedulePublications();
}




export async function createArticleAction(_previous: ArticleFormState, formData: FormData): Promise<ArticleFormState> {
  const values = readArticleForm(formData);
  const auth = await sessionOr(values);
  if ("state" in auth) return auth.state;
  const { session } = auth;
  const checked = await validate(values);
  if ("state" in checked) return checked.state;
  const { input } = checked;

  let outcome: SavedArticle | SaveFailure;
  try {
    const db = await getDb();
    outcome = await createArticle(db, { ...input, publishedAt: publishTime(input) }, savedByOf(session), (tx, saved) =>
      recordAudit(tx, session, {
        action: auditAction(null, saved.article),
        entity: "news_article",
        entityId: saved.article.id,
        summary: { title: saved.article.title, locale: saved.article.locale, slug: saved.article.slug, status: saved.article.status, version: 1 },
      }),
    );
  } catch (error) {
    console.error("[admin-news] create failed:", error);
    return { status: "error", message: DB_DOWN, values };
  }
  if (!outcome.ok) return failureState(outcome, values, input.locale);
  expireArticle({ article: outcome.article, before: null, translations: outcome.touchedPartners });
  redirect(`/admin/news/${outcome.article.id}?saved=created`);
}

/** Published with no time given means "now"; a draft keeps whatever time was entered, or none. */
function publishTime(input: ArticleInput): Date | null {
  return input.publishAt ?? (input.status === "published" ? new Date() : null);
}

export async function updateArticleAction(_previous: ArticleFormState, formData: FormData): Promise<ArticleFormState> {
  const values = readArticleForm(formData);
  const auth = await sessionOr(values);
  if ("state" in auth) return auth.state;
  const { session } = auth;
  const id = parseId(values.id);
  // "Save mine anyway" after a conflict names the version it has seen; an ordinary save names the one it opened.
  const overwrite = formData.get("overwriteVersion");
  const version = versionSchema.safeParse(typeof overwrite === "string" && overwrite !== "" ? overwrite : values.version);
  if (id === null || !version.success) {
    return { status: "error", message: "This form is out of date. Copy your text, then reload the page.", values };
  }
  const checked = await validate(values);
  if ("state" in checked) return checked.state;
  const { input } = checked;

  let outcome: SavedArticle | SaveFailure;
  try {
    const db = await getDb();
    outcome = await updateArticle(db, id, version.data, { ...input, publishedAt: publishTime(input) }, savedByOf(session), (tx, saved) =>
      recordAudit(tx, session, {
        action: auditAction(saved.before, saved.article),
        entity: "news_article",
        entityId: saved.article.id,
        summary: {
          title: saved.article.title,
          locale: saved.article.locale,
          changed: changedFields(saved.before, saved.article),
          ...(saved.redirectedFrom ? { oldSlug: saved.redirectedFrom, slug: saved.article.slug } : {}),
          fromVersion: version.data,
          version: saved.article.version,
          ...(overwrite ? { overwroteVersion: version.data } : {}),
        },
      }),
    );
  } catch (error) {
    console.error("[admin-news] update failed:", error);
    return { status: "error", message: DB_DOWN, values };
  }
  const locale = values.locale === "ru" ? "ru" : "en";
  if (!outcome.ok) return failureState(outcome, values, locale);
  const { article, before, redirectedFrom } = outcome;
  expireArticle({ article, before, translations: outcome.touchedPartners });
  const moved = redirectedFrom ? ` The old address ${paths.article(article.locale, redirectedFrom)} now redirects to the new one.` : "";
  return {
    status: "saved",
    message: `Saved at ${formatWallTime(new Date())} (version ${article.version}). ${publicStateMessage(article)}${moved}`,
    values: articleFormValues(article, input.translationId),
  };
}


/** Renders unsaved text for the live preview beside the editor. Changes nothing; staff only. */
export async function previewArticleAction(input: { body: string }): Promise<PreviewResult> {
  await requireRole("editor");
  const parsed = previewSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: [], message: "The body is too long to preview." };
  const outcome = await compileBody(parsed.data.body);
  return outcome.ok ? { ok: true, node: outcome.value } : { ok: false, problems: outcome.problems };
}

export type SimpleState = { message?: string; conflict?: boolean };

export async function restoreRevisionAction(_previous: SimpleState, formData: FormData): Promise<SimpleState> {
  const auth = await sessionOr(undefined);
  if ("state" in auth) return { message: auth.state.message };
  const { session } = auth;
  const parsed = restoreSchema.safeParse({ id: formData.get("id"), revisionId: formData.get("revisionId"), version: formData.get("version") });
  if (!parsed.success) return { message: "This page is out of date. Reload it and try again." };
  const { id, revisionId, version } = parsed.data;

  let outcome: Awaited<ReturnType<typeof restoreRevision>>;
  try {
    const db = await getDb();
    const revision = await getRevision(db, id, revisionId);
    if (!revision) return { message: "That version no longer exists." };
    // Rules may have tightened since it was saved: restore only what would render.
    const problems = await checkAndKeepCompiledBody(revision.body);
    if (problems.length > 0) {
      const first = problems[0]!;
      return { message: `This version's body no longer passes the checks (line ${first.line}, column ${first.column}: ${first.message}). Copy what you need from it into the editor instead.` };
    }
    outcome = await restoreRevision(db, id, revisionId, version, savedByOf(session), (tx, saved) =>
      recordAudit(tx, session, {
        action: "restore",
        entity: "news_article",
        entityId: id,
        summary: { title: saved.article.title, restoredVersion: saved.revision.version, fromVersion: version, version: saved.article.version },
      }),
    );
  } catch (error) {
    console.error("[admin-news] restore failed:", error);
    return { message: "The database did not answer, so nothing was restored. Try again in a moment." };
  }
  if (!outcome.ok) {
    if (outcome.reason === "conflict") {
      return {
        conflict: true,
        message: `Not restored: ${savedInBetween(outcome)} after you opened this page. Reload to compare with the latest text.`,
      };
    }
    return { message: "This article or version no longer exists." };
  }
  expireArticle({ article: outcome.article, before: outcome.before });
  redirect(`/admin/news/${id}?saved=restored&from=${outcome.revision.version}`);
}

export async function deleteArticleAction(_previous: SimpleState, formData: FormData): Promise<SimpleState> {
  const auth = await sessionOr(undefined);
  if ("state" in auth) return { message: auth.state.message };
  const { session } = auth;
  const parsed = deleteSchema.safeParse({ id: formData.get("id"), version: formData.get("version"), confirm: formData.get("confirm") });
  if (!parsed.success) return { message: "Confirm the deletion with the button on this page." };
  const { id, version } = parsed.data;

  let outcome: Awaited<ReturnType<typeof deleteArticle>>;
  try {
    outcome = await deleteArticle(await getDb(), id, version, (tx, deleted) =>
      recordAudit(tx, session, {
        action: "delete",
        entity: "news_article",
        entityId: id,
        summary: { title: deleted.article.title, locale: deleted.article.locale, slug: deleted.article.slug, version },
      }),
    );
  } catch (error) {
    console.error("[admin-news] delete failed:", error);
    return { message: "The database did not answer, so nothing was deleted. Try again in a moment." };
  }
  if (!outcome.ok) {
    if (outcome.reason === "conflict") {
      return {
        conflict: true,
        message: `Not deleted: ${savedInBetween(outcome)} after you opened this page. Reload to see the latest text before deleting.`,
      };
    }
    redirect("/admin/news?deleted=1");
  }
  expireArticle({
    article: outcome.article,
    before: outcome.article,
    deleted: true,
    oldSlugs: outcome.redirectSlugs,
    translations: outcome.partner ? [outcome.partner] : [],
  });
  redirect(`/admin/news?deleted=1`);
}
