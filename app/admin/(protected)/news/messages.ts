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


/** "Anna saved this article at 21.04.2012 15:30 (Moscow time)": who got in first, for conflict messages. */
export function savedInBetween(conflict: { savedBy?: string | null; savedAt?: Date | null }): string {
  const when = conflict.savedAt ? ` at ${formatWallTime(conflict.savedAt)} (Moscow time)` : "";
  return `${conflict.savedBy ?? "someone"} saved this article${when}`;
}

/** Where the article stands after a save, in the reader's language. */
export function publicStateMessage(article: NewsArticle, locale: Locale): string {
  const t = createTranslator({ locale, messages: adminMessages[locale], namespace: "news.saved" });
  const state = displayStatus(article.status, article.publishedAt);
  if (state === "draft") return t("draft");
  if (state === "scheduled") return t("scheduled", { time: newsTime(locale, article.publishedAt!) });
  return t("public", { path: paths.article(article.locale, article.slug) });
}

export async function failureState(failure: SaveFailure, values: ArticleFormValues, locale: "en" | "ru"): Promise<ArticleFormState> {
  const FIX_BELOW = (await adminText("news")).t("errors.fixBelow");
  switch (failure.reason) {
    case "not_found":
      return { status: "error", message: "This article no longer exists: someone deleted it. Copy your text if you need it.", values };
    case "conflict": {
      const who = failure.savedBy ?? "Someone";
      const when = failure.savedAt ? formatWallTime(failure.savedAt) : "a moment ago";
      return {
        status: "error",
        message: `Not saved: ${who} saved this article at ${when} (Moscow time), after you opened it. Your text is still in the form. Compare with their version, then copy what you need or save yours over theirs.`,
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
      const language = locale === "en" ? "English" : "Russian";
      return {
        status: "error",
        message: FIX_BELOW,
        errors: { slug: [`Another ${language} article already uses "${failure.slug}".${suggestion ? ` Try "${suggestion}".` : ""}`] },
        values,
      };
    }
    case "translation_invalid":
      return {
        status: "error",
        message: FIX_BELOW,
        errors: { translationId: [failure.message] },
        values,
      };
  }
}
