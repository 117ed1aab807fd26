// Server-side parsing of every news form and query. Form input is strings:
// trimmed, coerced, and turned into what the queries take. The MDX check of
// the body is async and lives in the action (checkMdx); length limits are here.
// Messages are keys into messages/admin/<locale>/news.json (the write path puts
// them into the reader's language); the body's limit is written out there as
// 100,000, which news.test.ts holds to MAX_SOURCE_LENGTH.
import { z } from "zod";
import { MAX_SOURCE_LENGTH } from "@/lib/mdx/prescan";
import { slugify, slugProblem, type SlugProblem } from "@/lib/news/slugify";
import type { ReactElement } from "react";
import type { NewsArticle } from "@/db/schema";
import type { MdxProblem } from "@/lib/mdx/compile";
import { utcToWallTime, wallTimeToUtc } from "@/lib/news/moscow-time";
import { idField, parseId, readTextFields } from "@/lib/admin/forms";

export type ArticleField = "title" | "slug" | "lede" | "body" | "author" | "locale" | "translationId" | "status" | "publishAt";

/** The form as typed, every field a string: what an action echoes back so nothing typed is lost. */
export type ArticleFormValues = Record<ArticleField, string> & { id: string; version: string };

export const emptyArticleValues: ArticleFormValues = {
  id: "",
  version: "",
  title: "",
  slug: "",
  lede: "",
  body: "",
  author: "",
  locale: "en",
  translationId: "",
  status: "draft",
  publishAt: "",
};

/** Reads the article form's fields as strings (missing → ""), capped so an echo can't balloon. */
export function readArticleForm(formData: FormData): ArticleFormValues {
  return readTextFields(formData, {
    id: 20,
    version: 20,
    title: 1_000,
    slug: 400,
    lede: 2_000,
    // A little over the limit, so the "too long" message is about what was typed.
    body: MAX_SOURCE_LENGTH + 1,
    author: 400,
    locale: 10,
    translationId: 20,
    status: 20,
    publishAt: 40,
  });
}

const optionalId = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (v === "") return null;
    const id = parseId(v);
    if (id === null) {
      ctx.addIssue({ code: "custom", message: "news.errors.translationInvalid" });
      return z.NEVER;
    }
    return id;
  });

const slugProblemKeys = {
  missing: "news.errors.slugMissing",
  invalid: "news.errors.slugInvalid",
  reserved: "news.errors.slugReserved",
} as const satisfies Record<SlugProblem, string>;

export const articleFormSchema = z
  .object({
    title: z.string().trim().min(1, "news.errors.titleMissing").max(200, "news.errors.titleTooLong"),
    slug: z.string().trim().max(200, "news.errors.slugTooLong"),
    lede: z.string().trim().max(600, "news.errors.ledeTooLong"),
    body: z.string().max(MAX_SOURCE_LENGTH, "news.errors.bodyTooLong"),
    author: z.string().trim().max(120, "news.errors.authorTooLong"),
    locale: z.enum(["en", "ru"], { error: "news.errors.localeInvalid" }),
    translationId: optionalId,
    status: z.enum(["draft", "published"], { error: "news.errors.statusInvalid" }),
    publishAt: z
      .string()
      .trim()
      .transform((v, ctx) => {
        if (v === "") return null;
        const at = wallTimeToUtc(v);
        if (!at) {
          ctx.addIssue({ code: "custom", message: "news.errors.publishAtInvalid" });
          return z.NEVER;
        }
        if (at.getUTCFullYear() < 1990 || at.getUTCFullYear() > 2200) {
          ctx.addIssue({ code: "custom", message: "news.errors.publishAtYear" });
          return z.NEVER;
        }
        return at;
      }),
  })
  .transform((v, ctx) => {
    // An empty slug is made from the title; a typed one is tidied the same way (spaces, capitals, Cyrillic).
    const slug = slugify(v.slug === "" ? v.title : v.slug, v.slug === "" ? undefined : 200);
    const problem = slugProblem(slug);
    if (problem) {
      ctx.addIssue({ code: "custom", path: ["slug"], message: v.slug === "" ? "news.errors.noSlugLetters" : slugProblemKeys[problem] });
      return z.NEVER;
    }
    return { ...v, slug };
  });

export type ArticleInput = z.output<typeof articleFormSchema>;

// The forms' hidden id and version: the actions answer one "out of date" message for any problem with them.
export const versionSchema = idField("Reload the page.");
const articleIdSchema = idField("Reload the page.");

const newsStatusFilters = ["draft", "scheduled", "published"] as const;

/** /admin/news?q=&status=&locale=&page= — anything unexpected falls back to "no filter" rather than an error page. */
const newsListQuerySchema = z.object({
  q: z.string().trim().max(200).catch(""),
  status: z.enum(newsStatusFilters).optional().catch(undefined),
  locale: z.enum(["en", "ru"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type NewsListQuery = z.output<typeof newsListQuerySchema>;

export function parseNewsListQuery(params: Record<string, string | string[] | undefined>): NewsListQuery {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return newsListQuerySchema.parse({
    q: one(params.q) ?? "",
    status: one(params.status) || undefined,
    locale: one(params.locale) || undefined,
    page: one(params.page) ?? "1",
  });
}

export const previewSchema = z.object({
  title: z.string().max(1_000).catch(""),
  lede: z.string().max(2_000).catch(""),
  body: z.string().max(MAX_SOURCE_LENGTH + 1),
});

export const restoreSchema = z.object({
  id: articleIdSchema,
  revisionId: articleIdSchema,
  version: versionSchema,
});

export const deleteSchema = z.object({
  id: articleIdSchema,
  version: versionSchema,
  // Sent only by the confirm page, so a bare POST elsewhere cannot delete in one step.
  confirm: z.literal("yes", { error: "Confirm the deletion on the delete page." }),
});

// ---- The editor's form: what the actions answer and what the form is filled with ----

/** What the news form actions answer to useActionState. */
export type ArticleFormState = {
  status?: "saved" | "error";
  message?: string;
  errors?: Partial<Record<string, string[]>>;
  /** Each reason the body would not render, with its position in the body. */
  bodyProblems?: MdxProblem[];
  values?: ArticleFormValues;
  /** Someone saved between opening and saving: who, when, and the version to overwrite deliberately. */
  conflict?: { savedBy: string; savedAt: string; version: number };
};

export type PreviewResult = { ok: true; node: ReactElement } | { ok: false; problems: MdxProblem[]; message?: string };

/** An article the new translation may be linked to, as the form's select lists it. */
export type TranslationChoice = { id: number; label: string; disabled: boolean };

/** The editor's form values for a stored article (strings, times in Moscow wall time). */
export function articleFormValues(article: NewsArticle, translationId: number | null): ArticleFormValues {
  return {
    id: String(article.id),
    version: String(article.version),
    title: article.title,
    slug: article.slug,
    lede: article.lede,
    body: article.body,
    author: article.author,
    locale: article.locale,
    translationId: translationId === null ? "" : String(translationId),
    status: article.status,
    publishAt: article.publishedAt ? utcToWallTime(article.publishedAt) : "",
  };
}
