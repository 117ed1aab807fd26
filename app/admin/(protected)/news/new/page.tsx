import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/dal";
import { adminText } from "@/lib/i18n/admin-text";
import { emptyArticleValues } from "@/lib/validation/news";
import { createArticleAction, previewArticleAction } from "../actions";
import { translationChoices } from "../load";
import { NewsForm } from "../news-form";
import "../news.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await adminText("news")).t("newArticle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewArticlePage({ searchParams }: Props) {
  await requireRole("editor");
  const locale = (await searchParams).locale === "ru" ? "ru" : "en";
  const choices = await translationChoices(null);
  const { t } = await adminText("news");
  return (
    <>
      <div className="news-head">
        <h1>{t("newArticle")}</h1>
        <ul className="news-links">
          <li>
            <a href="/admin/news">{t("allNews")}</a>
          </li>
        </ul>
      </div>
      <NewsForm mode="create" actions={{ save: createArticleAction, preview: previewArticleAction }} initial={{ ...emptyArticleValues, locale }} translationChoices={choices} />
      <section className="news-cover-section" aria-labelledby="cover-title">
        <h2 id="cover-title">{t("coverTitle")}</h2>
        <p className="field-hint">{t("coverAfterSave")}</p>
      </section>
    </>
  );
}
