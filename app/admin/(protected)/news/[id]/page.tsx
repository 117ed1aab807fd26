import type { Metadata } from "next";
import { compileSavedBody, PreviewBody } from "@/components/admin/news-preview";
import { NewsStatusBadge } from "@/components/admin/news-status-badge";
import { requireRole } from "@/lib/auth/dal";
import { adminText } from "@/lib/i18n/admin-text";
import { getDb } from "@/db";
import { getArticleCover } from "@/db/queries/admin-news-cover";
import { CoverSection } from "./cover-section";
import { displayStatus } from "@/lib/news/status";
import { paths } from "@/lib/urls";
import { previewArticleAction, updateArticleAction } from "../actions";
import { formValuesOf, loadArticleOr404, translationChoices } from "../load";
import { NewsForm } from "../news-form";
import "../news.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await adminText("news")).t("editTitle") };
}

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
  const { t } = await adminText("news");
  const publicPath = paths.article(article.locale, article.slug);
  const from = typeof query.from === "string" && /^[0-9]+$/.test(query.from) ? query.from : null;

  return (
    <>
      <div className="news-head">
        <h1>
          {t("editTitle")} <NewsStatusBadge status={article.status} publishedAt={article.publishedAt} />
        </h1>
        <ul className="news-links">
          <li>
            <a href="/admin/news">{t("allNews")}</a>
          </li>
          <li>
            <a href={`/admin/news/${article.id}/preview`}>{t("fullPreview")}</a>
          </li>
          <li>
            <a href={`/admin/news/${article.id}/revisions`}>{t("revisions")}</a>
          </li>
          {state === "published" ? (
            <li>
              <a href={publicPath} target="_blank" rel="noopener">
                {t("viewOnSite")}
              </a>
            </li>
          ) : null}
          <li>
            <a href={`/admin/news/${article.id}/delete`} className="button button--small">
              {t("deleteLink")}
            </a>
          </li>
        </ul>
      </div>
      {query.saved === "created" ? (
        <p className="form-notice" role="status">
          {t("created")}{" "}
          {state === "draft" ? t("createdDraft") : state === "scheduled" ? t("createdScheduled") : t("createdPublic", { path: publicPath })}
        </p>
      ) : null}
      {query.saved === "restored" && from ? (
        <p className="form-notice" role="status">
          {t("restored", { from, version: article.version })}
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
