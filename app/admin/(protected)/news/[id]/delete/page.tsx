import type { Metadata } from "next";
import { getDb } from "@/db";
import { listRedirectSlugs, listRevisions } from "@/db/queries/admin-news-read";
import { NewsStatusBadge } from "@/components/admin/news-status-badge";
import { requireRole } from "@/lib/auth/dal";
import { adminText } from "@/lib/i18n/admin-text";
import { paths } from "@/lib/urls";
import { loadArticleOr404 } from "../../load";
import { DeleteForm } from "./delete-form";
import "../../news.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await adminText("news")).t("deletion.title") };
}

type Props = { params: Promise<{ id: string }> };

/** The confirm step: a page of its own, so it works the same with and without JavaScript. */
export default async function DeleteArticlePage({ params }: Props) {
  await requireRole("editor");
  const article = await loadArticleOr404((await params).id);
  const db = await getDb();
  const [revisions, redirects] = await Promise.all([listRevisions(db, article.id), listRedirectSlugs(db, article.id)]);
  const { t } = await adminText("news");
  return (
    <>
      <h1>{t("deletion.heading", { title: article.title })}</h1>
      <p>
        <NewsStatusBadge status={article.status} publishedAt={article.publishedAt} /> {paths.article(article.locale, article.slug)}
      </p>
      <p>{t("deletion.removes", { revisions: revisions.length, redirects: redirects.length })}</p>
      <p>{t("deletion.keepInstead")}</p>
      <DeleteForm id={article.id} version={article.version} />
    </>
  );
}
