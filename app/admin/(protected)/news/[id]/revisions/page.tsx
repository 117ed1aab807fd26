import type { Metadata } from "next";
import { getDb } from "@/db";
import { listRevisions } from "@/db/queries/admin-news-read";
import { requireRole } from "@/lib/auth/dal";
import { adminText } from "@/lib/i18n/admin-text";
import { newsTime } from "../../news-time";
import { loadArticleOr404 } from "../../load";
import "../../news.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await adminText("news")).t("history.title") };
}

type Props = { params: Promise<{ id: string }> };

export default async function RevisionsPage({ params }: Props) {
  await requireRole("editor");
  const article = await loadArticleOr404((await params).id);
  const revisions = await listRevisions(await getDb(), article.id);
  const { locale, t } = await adminText("news");
  return (
    <>
      <div className="news-head">
        <h1>{t("history.heading", { title: article.title })}</h1>
        <ul className="news-links">
          <li>
            <a href={`/admin/news/${article.id}`}>{t("history.backToEditor")}</a>
          </li>
        </ul>
      </div>
      <p className="field-hint">{t("history.intro")}</p>
      {revisions.length === 0 ? (
        <p>{t("history.none")}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t("history.version")}</th>
              <th scope="col">{t("history.saved")}</th>
              <th scope="col">{t("history.by")}</th>
              <th scope="col">{t("history.titleThen")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("history.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.id}>
                <td>
                  {r.version}
                  {r.version === article.version ? t("history.current") : ""}
                </td>
                <td>{newsTime(locale, r.savedAt)}</td>
                <td>{r.savedBy}</td>
                <td>{r.title}</td>
                <td>
                  {/* The name starts with the visible words (WCAG 2.5.3): speech users say what they see. */}
                  <a href={`/admin/news/${article.id}/revisions/${r.id}`} aria-label={t("history.linkName", { action: r.version === article.version ? t("history.view") : t("history.compare"), version: r.version })}>
                    {r.version === article.version ? t("history.view") : t("history.compare")}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
