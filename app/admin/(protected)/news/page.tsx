import type { Metadata } from "next";
import { getDb } from "@/db";
import { listAdminNews, type AdminNewsRow } from "@/db/queries/admin-news-read";
import { NewsStatusBadge } from "@/components/admin/news-status-badge";
import { requireRole } from "@/lib/auth/dal";
import { formatWallTime } from "@/lib/news/moscow-time";
import { parseNewsListQuery, type NewsListQuery } from "@/lib/validation/news";
import "./news.css";

export const metadata: Metadata = { title: "News" };

const PAGE_SIZE = 20;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function listHref(query: NewsListQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status) params.set("status", query.status);
  if (query.locale) params.set("locale", query.locale);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/admin/news?${search}` : "/admin/news";
}

export default async function AdminNewsPage({ searchParams }: Props) {
  await requireRole("editor");
  const params = await searchParams;
  const query = parseNewsListQuery(params);
  let data: { rows: AdminNewsRow[]; total: number } | null = null;
  try {
    data = await listAdminNews(await getDb(), query, { limit: PAGE_SIZE, offset: (query.page - 1) * PAGE_SIZE });
  } catch (error) {
    console.error("[admin-news] list failed:", error);
  }
  const totalPages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const filtered = Boolean(query.q || query.status || query.locale);

  return (
    <>
      <div className="news-head">
        <h1>News</h1>
        <a className="button button--primary" href="/admin/news/new">
          New article
        </a>
      </div>
      {params.deleted === "1" ? (
        <p className="form-notice" role="status">
          The article was deleted. Its address now answers “not found”, and it is gone from the news feed, RSS and sitemap.
        </p>
      ) : null}

      <div className="admin-toolbar news-toolbar">
        <form method="get" action="/admin/news" role="search" aria-label="Find articles">
          <div className="field">
            <label htmlFor="news-q">Search titles</label>
            <input id="news-q" name="q" type="search" defaultValue={query.q} maxLength={200} />
          </div>
          <div className="field">
            <label htmlFor="news-status">Status</label>
            <select id="news-status" name="status" defaultValue={query.status ?? ""}>
              <option value="">Any status</option>
              <option value="draft">Draft</option>
              <option value="scheduled">Scheduled</option>
              <option value="published">Published</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="news-locale">Language</label>
            <select id="news-locale" name="locale" defaultValue={query.locale ?? ""}>
              <option value="">Both languages</option>
              <option value="en">English</option>
              <option value="ru">Russian</option>
            </select>
          </div>
          <button type="submit" className="button button--primary">
            Show
          </button>
          {filtered ? (
            <a href="/admin/news" className="button button--ghost">
              Clear
            </a>
          ) : null}
        </form>
      </div>

      {!data ? (
        <p className="form-error" role="alert">
          The list could not be loaded because the database did not answer. Reload the page in a moment.
        </p>
      ) : data.rows.length === 0 && data.total > 0 ? (
        <p>
          There is no page {query.page} of this list. <a href={listHref(query, 1)}>Go to the first page</a>.
        </p>
      ) : data.rows.length === 0 ? (
        <p>{filtered ? "No articles match. Try other words or clear the filters." : "No articles yet. Start with “New article”."}</p>
      ) : (
        <>
          <p className="field-hint" aria-live="polite">
            {data.total === 1 ? "1 article" : `${data.total} articles`}, newest first. Times are Moscow time.
          </p>
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Language</th>
                <th scope="col">Status</th>
                <th scope="col">Publish time</th>
                <th scope="col">Last saved</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <a href={`/admin/news/${row.id}`}>{row.title}</a>
                    <br />
                    <span className="field-hint">/{row.locale}/news/{row.slug}</span>
                  </td>
                  <td>{row.locale === "en" ? "English" : "Russian"}</td>
                  <td>
                    <NewsStatusBadge status={row.status} publishedAt={row.publishedAt} />
                  </td>
                  <td>{row.publishedAt ? formatWallTime(row.publishedAt) : "—"}</td>
                  <td>{formatWallTime(row.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {totalPages > 1 ? (
            <nav className="news-pager" aria-label="Pages of the list">
              {query.page > 1 ? <a href={listHref(query, query.page - 1)}>← Previous page</a> : null}
              <span>
                Page {Math.min(query.page, totalPages)} of {totalPages}
              </span>
              {query.page < totalPages ? <a href={listHref(query, query.page + 1)}>Next page →</a> : null}
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
