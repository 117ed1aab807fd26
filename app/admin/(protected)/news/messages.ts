import "server-only";
// What the news actions answer, in words: the database-down messages, the
// conflict line, the article's public state after a save, and each way a save
// can be refused (with a free slug suggested for a taken one).
import { getDb } from "@/db";
import type { SaveFailure } from "@/db/queries/admin-news";
import { listSimilarSlugs } from "@/db/queries/admin-news-read";
import type { NewsArticle } from "@/db/schema";
import { formatWallTime } from "@/lib/news/moscow-time";
import { firstFreeSlug } from "@/lib/news/slugify";
import { displayStatus } from "@/lib/news/status";
import { paths } from "@/lib/urls";
import type { ArticleFormState, ArticleFormValues } from "@/lib/validation/news";
import { createTranslator } from "next-intl";
import { adminText } from "@/lib/i18n/admin-text";
import { adminMessages } from "@/messages/admin";
import type { Locale } from "@/lib/site-config";
import { newsTime } from "./news-time";


/** "Anna saved this article at 21.04.2012 15:30 (Moscow time)": who got in first, for conflict messages, in the reader's language. */
export async function savedInBetween(conflict: { savedBy?: string | null; savedAt?: Date | null }): Promise<string> {
  const { locale, t } = await adminText("news");
  const who = conflict.savedBy ?? t("errors.someoneLower");
  if (!conflict.savedAt) return t("errors.savedByNoTime", { who });
  return t("errors.savedBy", { who, when: locale === "en" ? formatWallTime(conflict.savedAt) : newsTime(locale, conflict.savedAt) });
}

/** Where the article stands after a save, in the reader's language. */
export function publicStateMessage(article: NewsArticle, locale: Locale): string {
  const t = createTranslator({ locale, messages: adminMessages[locale], namespace: "news.saved" });
  const state = displayStatus(article.status, article.publishedAt);
  if (state === "draft") return t("draft");
  if (state === "scheduled") return t("scheduled", { time: newsTime(locale, article.publishedAt!) });
  return t("public", { path: paths.article(article.locale, article.slug) });
}

/** A refused save in the reader's language; `locale` is the article's (where a free slug is looked for). */
export async function failureState(failure: SaveFailure, values: ArticleFormValues, locale: "en" | "ru"): Promise<ArticleFormState> {
  const { locale: reader, t } = await adminText("news");
  const FIX_BELOW = t("errors.fixBelow");
  switch (failure.reason) {
    case "not_found":
      return { status: "error", message: t("errors.articleGone"), values };
    case "conflict": {
      const who = failure.savedBy ?? t("errors.someone");
      const when = failure.savedAt ? (reader === "en" ? formatWallTime(failure.savedAt) : newsTime(reader, failure.savedAt)) : t("errors.aMomentAgo");
      return {
        status: "error",
        message: t("errors.conflict", { who, when }),
        values,
        conflict: { savedBy: who, savedAt: (failure.savedAt ?? new Date()).toISOString(), version: failure.currentVersion },
      };
    }
    case "slug_taken": {
      let suggestion = "";
      try {
        suggestion = firstFreeSlug(failure.slug, await listSimilarSlugs(await getDb(), locale, failure.slug));
      } catch {
        // only a suggestion
      }
      return {
        status: "error",
        message: FIX_BELOW,
        errors: { slug: [t("errors.slugTaken", { language: locale, slug: failure.slug }) + (suggestion ? t("errors.slugTry", { suggestion }) : "")] },
        values,
      };
    }
    case "translation_invalid":
      return {
        status: "error",
        message: FIX_BELOW,
        errors: { translationId: [t(`errors.translationProblems.${failure.problem}`, failure.titles ?? { chosen: "", linked: "" })] },
        values,
      };
  }
}
