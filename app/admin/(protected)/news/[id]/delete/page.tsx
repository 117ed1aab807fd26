import type { Metadata } from "next";
import { getDb } from "@/db";
import { listRedirectSlugs, listRevisions } from "@/db/queries/admin-news-read";
import { NewsStatusBadge } from "@/components/admin/news-status-badge";
import { requireRole } from "@/lib/auth/dal";
import { paths } from "@/lib/urls";
import { loadArticleOr404 } from "../../load";
import { DeleteForm } from "./delete-form";
import "../../news.css";

export const metadata: Metadata = { title: "Delete article" };

type Props = { params: Promise<{ id: string }> };

/** The confirm step: a page of its own, so it works the same with and without JavaScript. */
export default async function DeleteArticlePage({ params }: Props) {
  await requireRole("editor");
  const article = await loadArticleOr404((await params).id);
  const db = await getDb();
  const [revisions, redirects] = await Promise.all([listRevisions(db, article.id), listRedirectSlugs(db, article.id)]);
  return (
    <>
      <h1>Delete “{article.title}”?</h1>
      <p>
        <NewsStatusBadge status={article.status} publishedAt={article.publishedAt} /> {paths.article(article.locale, article.slug)}
      </p>
      <p>Deleting removes the article for good, with its {revisions.length === 1 ? "1 saved version" : `${revisions.length} saved versions`}
        {redirects.length ? ` and the ${redirects.length === 1 ? "redirect" : "redirects"} from its old ${redirects.length === 1 ? "address" : "addresses"}` : ""}.
        Its address will answer “not found”, and it leaves the news feed, the RSS feed and the sitemap at once. This can&apos;t be undone.
      </p>
      <p>To take it off the site but keep it, set it to Draft in the editor instead.</p>
      <DeleteForm id={article.id} version={article.version} />
    </>
  );
}
