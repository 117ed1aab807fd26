import type { Metadata } from "next";
import { getDb } from "@/db";
import { listRevisions } from "@/db/queries/admin-news-read";
import { requireRole } from "@/lib/auth/dal";
import { formatWallTime } from "@/lib/news/moscow-time";
import { loadArticleOr404 } from "../../load";
import "../../news.css";

export const metadata: Metadata = { title: "Revisions" };

type Props = { params: Promise<{ id: string }> };

export default async function RevisionsPage({ params }: Props) {
  await requireRole("editor");
  const article = await loadArticleOr404((await params).id);
  const revisions = await listRevisions(await getDb(), article.id);
  return (
    <>
      <div className="news-head">
        <h1>Revisions of “{article.title}”</h1>
        <ul className="news-links">
          <li>
            <a href={`/admin/news/${article.id}`}>← Back to the editor</a>
          </li>
        </ul>
      </div>
      <p className="field-hint">Every save is kept. Open one to compare it with the current text and, if you want, restore it. Times are Moscow time.</p>
      {revisions.length === 0 ? (
        <p>No saved versions yet.</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Saved</th>
              <th scope="col">By</th>
              <th scope="col">Title then</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.id}>
                <td>
                  {r.version}
                  {r.version === article.version ? " (current)" : ""}
                </td>
                <td>{formatWallTime(r.savedAt)}</td>
                <td>{r.savedBy}</td>
                <td>{r.title}</td>
                <td>
                  {/* The name starts with the visible words (WCAG 2.5.3): speech users say what they see. */}
                  <a href={`/admin/news/${article.id}/revisions/${r.id}`} aria-label={`${r.version === article.version ? "View" : "Compare and restore"} version ${r.version}`}>
                    {r.version === article.version ? "View" : "Compare and restore"}
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
