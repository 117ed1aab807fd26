import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/dal";
import { emptyArticleValues } from "@/lib/validation/news";
import { createArticleAction, previewArticleAction } from "../actions";
import { translationChoices } from "../load";
import { NewsForm } from "../news-form";
import "../news.css";

export const metadata: Metadata = { title: "New article" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewArticlePage({ searchParams }: Props) {
  await requireRole("editor");
  const locale = (await searchParams).locale === "ru" ? "ru" : "en";
  const choices = await translationChoices(null);
  return (
    <>
      <div className="news-head">
        <h1>New article</h1>
        <ul className="news-links">
          <li>
            <a href="/admin/news">← All news</a>
          </li>
        </ul>
      </div>
      <NewsForm mode="create" actions={{ save: createArticleAction, preview: previewArticleAction }} initial={{ ...emptyArticleValues, locale }} translationChoices={choices} />
      <section className="news-cover-section" aria-labelledby="cover-title">
        <h2 id="cover-title">Cover image</h2>
        <p className="field-hint">Save the article first to add a cover image: the cover upload appears here once the article exists.</p>
      </section>
    </>
  );
}
