import type { Metadata } from "next";
import { getDb } from "@/db";
import { listAdminNews, type AdminNewsRow } from "@/db/queries/admin-news-read";
import { NewsStatusBadge } from "@/components/admin/news-status-badge";
import { requireRole } from "@/lib/auth/dal";
import { adminText } from "@/lib/i18n/admin-text";
import { newsTime } from "./news-time";
import { parseNewsListQuery, type NewsListQuery } from "@/lib/validation/news";
import "./news.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await adminText("news")).t("listTitle") };
}

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
  const { locale, t } = await adminText("news");

  return (
    <>
      <div className="news-head">
        <h1>{t("listTitle")}</h1>
        <a className="button button--primary" href="/admin/news/new">
          {t("newArticle")}
        </a>
      </div>
      {params.deleted === "1" ? (
        <p className="form-notice" role="status">
          {t("deletedNotice")}
        </p>
      ) : null}

      <div className="admin-toolbar news-toolbar">
        <form method="get" action="/admin/news" role="search" aria-label={t("findArticles")}>
          <div className="field">
            <label htmlFor="news-q">{t("searchTitles")}</label>
            <input id="news-q" name="q" type="search" defaultValue={query.q} maxLength={200} />
          </div>
          <div className="field">
            <label htmlFor="news-status">{t("status")}</label>
            <select id="news-status" name="status" defaultValue={query.status ?? ""}>
              <option value="">{t("anyStatus")}</option>
              <option value="draft">{t("statusWords.draft")}</option>
              <option value="scheduled">{t("statusWords.scheduled")}</option>
              <option value="published">{t("statusWords.published")}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="news-locale">{t("language")}</label>
            <select id="news-locale" name="locale" defaultValue={query.locale ?? ""}>
              <option value="">{t("bothLanguages")}</option>
              <option value="en">{t("english")}</option>
              <option value="ru">{t("russian")}</option>
            </select>
          </div>
          <button type="submit" className="button button--primary">
            {t("show")}
          </button>
          {filtered ? (
            <a href="/admin/news" className="button button--ghost">
              {t("clear")}
            </a>
          ) : null}
        </form>
      </div>

      {!data ? (
        <p className="form-error" role="alert">
          {t("listUnavailable")}
        </p>
      ) : data.rows.length === 0 && data.total > 0 ? (
        <p>
          {t("noSuchPage", { page: query.page })} <a href={listHref(query, 1)}>{t("firstPage")}</a>.
        </p>
      ) : data.rows.length === 0 ? (
        <p>{filtered ? t("noMatches") : t("noArticles")}</p>
      ) : (
        <>
          <p className="field-hint" aria-live="polite">
            {t("count", { count: data.total })}
          </p>
          <table className="admin-table news-table">
            <thead>
              <tr>
                <th scope="col">{t("columnTitle")}</th>
                <th scope="col">{t("language")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("columnPublishTime")}</th>
                <th scope="col">{t("columnLastSaved")}</th>
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
                  <td className="news-nowrap">{row.locale === "en" ? t("english") : t("russian")}</td>
                  <td>
                    <NewsStatusBadge status={row.status} publishedAt={row.publishedAt} />
                  </td>
                  <td>{row.publishedAt ? newsTime(locale, row.publishedAt) : "—"}</td>
                  <td>{newsTime(locale, row.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {totalPages > 1 ? (
            <nav className="news-pager" aria-label={t("pages")}>
              {query.page > 1 ? <a href={listHref(query, query.page - 1)}>{t("previousPage")}</a> : null}
              <span>{t("pageOf", { page: Math.min(query.page, totalPages), pages: totalPages })}</span>
              {query.page < totalPages ? <a href={listHref(query, query.page + 1)}>{t("nextPage")}</a> : null}
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
