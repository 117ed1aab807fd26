import "server-only";
// Shared loading for the article's admin pages: the id from the URL, the row,
// and the choices of the translation select.
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getAdminArticle, getTranslationPartner, listTranslationOptions } from "@/db/queries/admin-news-read";
import type { NewsArticle } from "@/db/schema";
import { parseId } from "@/lib/admin/forms";
import { articleFormValues, type ArticleFormValues, type TranslationChoice } from "@/lib/validation/news";

/** The article of /admin/news/<id>/…, or the 404 page. Call after requireRole. */
export async function loadArticleOr404(rawId: string): Promise<NewsArticle> {
  const id = parseId(rawId);
  if (id === null) notFound();
  const article = await getAdminArticle(await getDb(), id);
  if (!article) notFound();
  return article;
}

export async function translationChoices(forGroup: string | null): Promise<Record<"en" | "ru", TranslationChoice[]>> {
  const db = await getDb();
  const [en, ru] = await Promise.all([listTranslationOptions(db, "en", forGroup), listTranslationOptions(db, "ru", forGroup)]);
  const toChoice = (o: (typeof en)[number]): TranslationChoice => ({
    id: o.id,
    label: `${o.title} (${o.slug})${o.linkedElsewhere ? " — already linked to another article" : ""}`,
    disabled: o.linkedElsewhere,
  });
  return { en: en.map(toChoice), ru: ru.map(toChoice) };
}

export async function formValuesOf(article: NewsArticle): Promise<ArticleFormValues> {
  const partner = await getTranslationPartner(await getDb(), article.translationGroup, article.locale === "en" ? "ru" : "en");
  return articleFormValues(article, partner ? partner.id : null);
}
