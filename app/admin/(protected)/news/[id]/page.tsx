import type { Metadata } from "next";
import { compileSavedBody, PreviewBody } from "@/components/admin/news-preview";
import { NewsStatusBadge } from "@/components/admin/news-status-badge";
import { requireRole } from "@/lib/auth/dal";
import { getDb } from "@/db";
import { getArticleCover } from "@/db/queries/admin-news-cover";
import { CoverSection } from "./cover-section";
import { displayStatus } from "@/lib/news/status";
import { paths } from "@/lib/urls";
import { previewArticleAction, updateArticleAction } from "../actions";
import { formValuesOf, loadArticleOr404, translationChoices } from "../load";
import { NewsForm } from "../news-form";
import "../news.css";

export const metadata: Metadata = { title: "Edit article" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditArticlePage({ params, searchParams }: Props) {
  await requireRole("editor");
  const article = await loadArticleOr404((await params).id);
  const query = await searchParams;
  const [values, choices, outcome, cover] = await Promise.all([
    formValuesOf(article),
    translationChoices(article.translationGroup),
    compileSavedBody(article.id, article.version, article.body),
    getArticleCover(await getDb(), article.id),
  ]);
  const state = displayStatus(article.status, article.publishedAt);
  const publicPath = paths.article(article.locale, article.slug);
  const from = typeof query.from === "string" && /^[0-9]+$/.test(query.from) ? query.from : null;

  return (
    <>
      <div className="news-head">
        <h1>
          Edit article <NewsStatusBadge status={article.status} publishedAt={article.publishedAt} />
        </h1>
        <ul className="news-links">
          <li>
            <a href="/admin/news">← All news</a>
          </li>
          <li>
            <a href={`/admin/news/${article.id}/preview`}>Full-page preview</a>
          </li>
          <li>
            <a href={`/admin/news/${article.id}/revisions`}>Revisions</a>
          </li>
          {state === "published" ? (
            <li>
              <a href={publicPath} target="_blank" rel="noopener">
                View on site
              </a>
            </li>
          ) : null}
          <li>
            <a href={`/admin/news/${article.id}/delete`} className="button button--small">
              Delete…
            </a>
          </li>
        </ul>
      </div>
      {query.saved === "created" ? (
        <p className="form-notice" role="status">
          Article created.{" "}
          {state === "draft"
            ? "It is a draft: not public."
            : state === "scheduled"
              ? "It is scheduled and goes public by itself at the publish time."
              : `It is public at ${publicPath}.`}
        </p>
      ) : null}
      {query.saved === "restored" && from ? (
        <p className="form-notice" role="status">
          Version {from} was restored as version {article.version}.
        </p>
      ) : null}
      <NewsForm
        mode="edit"
        actions={{ save: updateArticleAction, preview: previewArticleAction }}
        initial={values}
        translationChoices={choices}
        isPublished={article.status === "published"}
        justCreated={query.saved === "created"}
        initialPreview={<PreviewBody outcome={outcome} />}
        cover={cover}
      />
      <CoverSection articleId={article.id} cover={cover} notice={query.cover} error={query.coverError} />
    </>
  );
}
