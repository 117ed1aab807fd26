import type { Metadata } from "next";
import { ArticlePreview, compileSavedBody } from "@/components/admin/news-preview";
import { NewsStatusBadge } from "@/components/admin/news-status-badge";
import { requireRole } from "@/lib/auth/dal";
import { editorTimeZone } from "@/lib/news/moscow-time";
import { adminText } from "@/lib/i18n/admin-text";
import { newsTime } from "../../news-time";
import { displayStatus } from "@/lib/news/status";
import { paths } from "@/lib/urls";
import { loadArticleOr404 } from "../../load";
import "../../news.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await adminText("news")).t("editorExtras.pageTitle") };
}

type Props = { params: Promise<{ id: string }> };

/** The saved article as its public page will show it, for signed-in staff only; never cached (admin pages send no-store). */
export default async function ArticlePreviewPage({ params }: Props) {
  await requireRole("editor");
  const article = await loadArticleOr404((await params).id);
  const outcome = await compileSavedBody(article.id, article.version, article.body);
  const state = displayStatus(article.status, article.publishedAt);
  const { locale, t } = await adminText("news");
  const dateLocale = article.locale === "ru" ? "ru-RU" : "en-GB";
  const dateLine = new Intl.DateTimeFormat(dateLocale, { dateStyle: "long", timeZone: editorTimeZone }).format(article.publishedAt ?? new Date());
  return (
    <>
      <div className="news-banner" role="note" style={{ marginBottom: "1.5rem" }}>
        <p>
          {t("editorExtras.previewOf", { version: article.version })} <NewsStatusBadge status={article.status} publishedAt={article.publishedAt} />{" "}
          {state === "draft"
            ? t("editorExtras.previewDraft")
            : state === "scheduled"
              ? t("editorExtras.previewScheduled", { time: newsTime(locale, article.publishedAt!) })
              : t("editorExtras.previewPublic", { path: paths.article(article.locale, article.slug) })}
        </p>
        <a href={`/admin/news/${article.id}`}>{t("editorExtras.backToEditor")}</a>
      </div>
      <div className="news-preview-page" lang={article.locale}>
        <ArticlePreview title={article.title || t("editorExtras.untitled")} lede={article.lede} outcome={outcome} headingLevel="h1" dateLine={dateLine} />
        {article.author ? <p className="article__author">{article.locale === "ru" ? `Автор: ${article.author}` : `By ${article.author}`}</p> : null}
      </div>
    </>
  );
}
