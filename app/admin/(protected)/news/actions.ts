"use server";
// Every change to news, through the one admin write path
// (lib/admin/write-action.ts): editor role → zod with the MDX check of the
// body (articleSaveSchema) → the change in db/queries/admin-news.ts (version
// check, revision) and its audit row in one transaction → expiry of exactly
// the tags and paths touched. On any failure the action returns what was
// typed, so the form keeps every character.
import { redirect } from "next/navigation";
import { z } from "zod";
import { createArticle, deleteArticle, restoreRevision, updateArticle, type SaveFailure } from "@/db/queries/admin-news";
import { getRevision } from "@/db/queries/admin-news-read";
import type { LiveSession } from "@/db/queries/staff";
import type { CompiledBody } from "@/db/compiled-body";
import { compileBody } from "@/components/admin/news-preview";
import { checkAndKeepCompiledBody } from "@/lib/data/news";
import { adminText } from "@/lib/i18n/admin-text";
import { auditAction, changedFields } from "@/lib/news/audit-summary";
import { articleExpiry } from "@/lib/news/expiry";
import { reschedulePublications } from "@/lib/cache/publication-scheduler";
import { paths } from "@/lib/urls";
import { adminAction, adminWrite, type Refusal } from "@/lib/admin/write-action";
import type { MdxProblem } from "@/lib/mdx/compile";
import { mdxProblemText } from "@/lib/mdx/problem-text";
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

import { failureState, publicStateMessage, savedInBetween } from "./messages";
import { newsTime } from "./news-time";

export type { ArticleFormState, PreviewResult };

function savedByOf(session: LiveSession): string {
  return `${session.name} (${session.email})`;
}

/** The "out of date" refusal, a key the write path puts into the reader's language. */
const OUT_OF_DATE = "news.errors.outOfDate";
/** The field a form with a bad hidden id or version is refused on: the action answers OUT_OF_DATE for it. */
const STALE_FORM = "staleForm";

/** A checked form, with its body as the check compiled it: the save stores that code with the body. */
type CheckedArticle = ArticleInput & { compiled: CompiledBody };

/**
 * The fields parsed and the body's MDX checked, both always, so one save shows
 * every problem. Each problem (with its position) rides on the body's issue.
 */
async function checkArticle(values: ArticleFormValues, ctx: z.RefinementCtx): Promise<CheckedArticle | typeof z.NEVER> {
  const parsed = articleFormSchema.safeParse(values);
  // Too long a body is the schema's refusal; compiling it first would only cost time.
  const { problems, compiled } = values.body.length <= 100_000 ? await checkAndKeepCompiledBody(values.body) : { problems: [], compiled: null };
  // The fields' own issues as they are: their paths name the fields, their messages are the editor's.
  if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ ...issue } as z.core.$ZodRawIssue);
  if (problems.length > 0) {
    // A count, so worded here in the reader's language rather than carried as a key.
    const { t } = await adminText("news");
    ctx.addIssue({
      code: "custom",
      path: ["body"],
      message: t("errors.bodyProblems", { count: problems.length }),
      params: { bodyProblems: problems },
    });
  }
  return parsed.success && problems.length === 0 ? { ...parsed.data, compiled } : z.NEVER;
}

const formValues = z.custom<ArticleFormValues>((value) => typeof value === "object" && value !== null);

/** A new article's form. */
const articleSaveSchema = formValues.transform(checkArticle);

/** An edit's form: its hidden id and version first (a bad one is OUT_OF_DATE, nothing else), then as a new one. */
const articleEditSchema = formValues.transform(async (values, ctx) => {
  // Both are database ids from hidden inputs: the same parse.
  const id = versionSchema.safeParse(values.id);
  const version = versionSchema.safeParse(values.version);
  if (!id.success || !version.success) {
    ctx.addIssue({ code: "custom", path: [STALE_FORM], message: OUT_OF_DATE });
    return z.NEVER;
  }
  const input = await checkArticle(values, ctx);
  return { id: id.data, version: version.data, input: input as CheckedArticle };
});

/** What a refused save answers: the form as typed, with the reason. */
async function refusedState(outcome: Refusal<SaveFailure>, values: ArticleFormValues): Promise<ArticleFormState> {
  const { t } = await adminText("news");
  if (outcome.unavailable) return { status: "error", message: t("errors.dbDown"), values };
  if (outcome.detail) return failureState(outcome.detail, values, values.locale === "ru" ? "ru" : "en");
  if (outcome.errors?.[STALE_FORM]) return { status: "error", message: t("errors.outOfDate"), values };
  const bodyProblems = (outcome.issues ?? []).flatMap((issue) => (issue.code === "custom" ? ((issue.params?.bodyProblems as MdxProblem[] | undefined) ?? []) : []));
  return { status: "error", message: outcome.message ?? t("errors.fixBelow"), errors: outcome.errors, ...(bodyProblems.length > 0 ? { bodyProblems } : {}), values };
}

/** A failure of the query as a refusal that carries it, so the form can say who saved in between. */
function refusedWith(failure: SaveFailure): Refusal<SaveFailure> {
  return { ok: false, detail: failure };
}

export async function createArticleAction(_previous: ArticleFormState, formData: FormData): Promise<ArticleFormState> {
  const values = readArticleForm(formData);
  const outcome = await adminWrite({
    role: "editor",
    name: "[admin-news] create",
    schema: articleSaveSchema,
    input: values,
    change: async (tx, input, session) => {
      const saved = await createArticle(tx, { ...input, publishedAt: publishTime(input) }, savedByOf(session));
      if (!saved.ok) return refusedWith(saved);
      const { article } = saved;
      return {
        ok: true,
        value: article.id,
        audit: {
          action: auditAction(null, article),
          entity: "news_article",
          entityId: article.id,
          summary: { title: article.title, locale: article.locale, slug: article.slug, status: article.status, version: 1 },
        },
        stale: articleExpiry({ article, before: null, translations: saved.touchedPartners }),
      };
    },
  });
  if (!outcome.ok) return refusedState(outcome, values);
  // A new or moved publish time: the publication scheduler looks again.
  reschedulePublications();
  redirect(`/admin/news/${outcome.value}?saved=created`);
}

/** Published with no time given means "now"; a draft keeps whatever time was entered, or none. */
function publishTime(input: ArticleInput): Date | null {
  return input.publishAt ?? (input.status === "published" ? new Date() : null);
}

export async function updateArticleAction(_previous: ArticleFormState, formData: FormData): Promise<ArticleFormState> {
  const values = readArticleForm(formData);
  // "Save mine anyway" after a conflict names the version it has seen; an ordinary save names the one it opened.
  const overwrite = formData.get("overwriteVersion");
  const overwriting = typeof overwrite === "string" && overwrite !== "";
  const outcome = await adminWrite({
    role: "editor",
    name: "[admin-news] update",
    schema: articleEditSchema,
    input: { ...values, version: overwriting ? overwrite : values.version },
    change: async (tx, { id, version, input }, session) => {
      const saved = await updateArticle(tx, id, version, { ...input, publishedAt: publishTime(input) }, savedByOf(session));
      if (!saved.ok) return refusedWith(saved);
      const { article, before, redirectedFrom } = saved;
      return {
        ok: true,
        value: { article, redirectedFrom, translationId: input.translationId },
        audit: {
          action: auditAction(before, article),
          entity: "news_article",
          entityId: article.id,
          summary: {
            title: article.title,
            locale: article.locale,
            changed: changedFields(before, article),
            ...(redirectedFrom ? { oldSlug: redirectedFrom, slug: article.slug } : {}),
            fromVersion: version,
            version: article.version,
            ...(overwriting ? { overwroteVersion: version } : {}),
          },
        },
        stale: articleExpiry({ article, before, translations: saved.touchedPartners }),
      };
    },
  });
  if (!outcome.ok) return refusedState(outcome, values);
  reschedulePublications();
  const { article, redirectedFrom, translationId } = outcome.value;
  const { locale, t } = await adminText("news");
  const moved = redirectedFrom ? t("saved.moved", { path: paths.article(article.locale, redirectedFrom) }) : "";
  return {
    status: "saved",
    message: `${t("saved.at", { time: newsTime(locale, new Date()), version: article.version, state: publicStateMessage(article, locale) })}${moved}`,
    values: articleFormValues(article, translationId),
  };
}


/** Renders unsaved text for the live preview beside the editor. Changes nothing; staff only. */
export async function previewArticleAction(input: { body: string }): Promise<PreviewResult> {
  const outcome = await adminAction({ role: "editor", name: "[admin-news] preview", schema: previewSchema, input, run: ({ body }) => compileBody(body) });
  if (!outcome.ok) {
    const { t } = await adminText("news");
    return { ok: false, problems: [], message: outcome.unavailable ? t("refusals.previewUnavailable") : t("refusals.previewTooLong") };
  }
  const compiled = outcome.value;
  return compiled.ok ? { ok: true, node: compiled.value } : { ok: false, problems: compiled.problems };
}

export type SimpleState = { message?: string; conflict?: boolean };

/** The message of a restore or delete that did not happen for want of a database or a sane form. */
function simpleRefusal(outcome: Refusal<unknown>, { unavailable, malformed }: { unavailable: string; malformed: string }): SimpleState {
  if (outcome.unavailable) return { message: unavailable };
  return { message: outcome.errors ? malformed : outcome.message };
}

export async function restoreRevisionAction(_previous: SimpleState, formData: FormData): Promise<SimpleState> {
  const outcome = await adminWrite({
    role: "editor",
    name: "[admin-news] restore",
    schema: restoreSchema,
    input: { id: formData.get("id"), revisionId: formData.get("revisionId"), version: formData.get("version") },
    change: async (tx, { id, revisionId, version }, session) => {
      const revision = await getRevision(tx, id, revisionId);
      if (!revision) return { ok: false, message: "news.refusals.versionGone" };
      // Rules may have tightened since it was saved: restore only what would render.
      const { problems, compiled } = await checkAndKeepCompiledBody(revision.body);
      if (problems.length > 0) {
        const first = problems[0]!;
        const { locale, t } = await adminText("news");
        return { ok: false, message: t("refusals.restoreFails", { line: first.line, column: first.column, problem: mdxProblemText(first, locale) }) };
      }
      const restored = await restoreRevision(tx, id, revisionId, version, savedByOf(session), compiled);
      if (!restored.ok) {
        if (restored.reason === "conflict") {
          return { ok: false, message: (await adminText("news")).t("errors.notRestored", { savedInBetween: await savedInBetween(restored) }), detail: "conflict" as const };
        }
        return { ok: false, message: "news.refusals.articleOrVersionGone" };
      }
      return {
        ok: true,
        value: { id, from: restored.revision.version },
        audit: {
          action: "restore",
          entity: "news_article",
          entityId: id,
          summary: { title: restored.article.title, restoredVersion: restored.revision.version, fromVersion: version, version: restored.article.version },
        },
        stale: articleExpiry({ article: restored.article, before: restored.before }),
      };
    },
  });
  if (!outcome.ok) {
    const { t } = await adminText("news");
    const state = simpleRefusal(outcome, { unavailable: t("refusals.restoreDbDown"), malformed: t("refusals.pageOutOfDate") });
    return outcome.detail === "conflict" ? { ...state, conflict: true } : state;
  }
  reschedulePublications();
  redirect(`/admin/news/${outcome.value.id}?saved=restored&from=${outcome.value.from}`);
}

export async function deleteArticleAction(_previous: SimpleState, formData: FormData): Promise<SimpleState> {
  const outcome = await adminWrite({
    role: "editor",
    name: "[admin-news] delete",
    schema: deleteSchema,
    input: { id: formData.get("id"), version: formData.get("version"), confirm: formData.get("confirm") },
    change: async (tx, { id, version }) => {
      const deleted = await deleteArticle(tx, id, version);
      if (!deleted.ok) {
        if (deleted.reason === "conflict") {
          return { ok: false, message: (await adminText("news")).t("errors.notDeleted", { savedInBetween: await savedInBetween(deleted) }), detail: "conflict" as const };
        }
        // Someone else deleted it first: the list says it is gone, as it is.
        return { ok: false, detail: "gone" as const };
      }
      const { article } = deleted;
      return {
        ok: true,
        value: null,
        audit: { action: "delete", entity: "news_article", entityId: id, summary: { title: article.title, locale: article.locale, slug: article.slug, version } },
        stale: articleExpiry({ article, before: article, deleted: true, oldSlugs: deleted.redirectSlugs, translations: deleted.partner ? [deleted.partner] : [] }),
      };
    },
  });
  if (!outcome.ok) {
    if (outcome.detail === "gone") redirect("/admin/news?deleted=1");
    const { t } = await adminText("news");
    const state = simpleRefusal(outcome, { unavailable: t("refusals.deleteDbDown"), malformed: t("refusals.confirmWithButton") });
    return outcome.detail === "conflict" ? { ...state, conflict: true } : state;
  }
  reschedulePublications();
  redirect(`/admin/news?deleted=1`);
}
