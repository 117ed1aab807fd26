// The search page's content: the form, then results grouped by kind (news,
// paginated; event pages and partners, all on the first page), each with its
// snippet. Every text is rendered as text: a title or snippet holding
// "<script>" shows those characters. Only the matched words are marked, from
// the private-use markers the query puts around them.
import { SNIPPET_END, SNIPPET_START, type SearchHit, type SearchPage } from "@/db/queries/search";
import type { SiteText } from "@/lib/i18n/site-text";
import type { Locale } from "@/lib/site-config";
import { FormattedDate } from "./formatted-date";

export const SEARCH_PAGE_SIZE = 10;

function searchPath(locale: Locale, query: string, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set("page", String(page));
  return `/${locale}/search?${params}`;
}

/** "a \uE000forum\uE001 in Perm" → ["a ", <mark>forum</mark>, " in Perm"]. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(SNIPPET_START);
  return (
    <>
      {parts.map((part, i) => {
        if (i === 0) return part.replaceAll(SNIPPET_END, "");
        const [marked = "", rest = ""] = part.split(SNIPPET_END, 2);
        return (
          <span key={i}>
            <mark>{marked}</mark>
            {rest}
          </span>
        );
      })}
    </>
  );
}

function SearchForm({ locale, query, text, id }: { locale: Locale; query: string; text: SiteText; id: string }) {
  const t = text.search;
  return (
    // Named apart from the header's search form: two landmarks of one role need different names.
    <form className="search-form" role="search" aria-label={t("title")} action={`/${locale}/search`} method="get">
      <label htmlFor={id}>{t("label")}</label>
      <span className="search-form__row">
        <input id={id} type="search" name="q" defaultValue={query} maxLength={200} autoComplete="off" />
        <button type="submit">{t("submit")}</button>
      </span>
    </form>
  );
}

type Props = {
  locale: Locale;
  query: string;
  page: number;
  result: SearchPage | null;
  suggestion: string | null;
  truncated: boolean;
  text: SiteText;
};

export function SearchResultsView({ locale, query, page, result, suggestion, truncated, text }: Props) {
  const t = text.search;
  const total = result ? result.newsTotal + result.others.length : 0;
  const totalPages = result ? Math.max(1, Math.ceil(result.newsTotal / SEARCH_PAGE_SIZE)) : 1;
  return (
    <main id="main" tabIndex={-1} className="container page search-page">
      <h1>{query ? t("titleFor", { query }) : t("title")}</h1>
      <SearchForm locale={locale} query={query} text={text} id="search-page-query" />
      {truncated ? <p className="search-page__notice">{t("tooLong", { max: 200 })}</p> : null}
      {!query ? <p className="lead">{t("intro")}</p> : null}
      {query && result ? (
        <>
          <p className="search-page__count" role="status">
            {t("resultsFor", { count: total, query })}
          </p>
          {total === 0 ? <p>{t("none")}</p> : null}
          {suggestion ? (
            <p className="search-page__suggestion">
              {t("didYouMean")} <a href={searchPath(locale, suggestion)}>{suggestion}</a>?
            </p>
          ) : null}
          <ResultGroup title={t("groupSession")} hits={result.others.filter((h) => h.kind === "session")} text={text} />
          <ResultGroup title={t("groupPerson")} hits={result.others.filter((h) => h.kind === "person")} text={text} />
          <ResultGroup title={t("groupPage")} hits={result.others.filter((h) => h.kind === "page")} text={text} />
          <ResultGroup title={t("groupPartner")} hits={result.others.filter((h) => h.kind === "partner")} text={text} />
          <ResultGroup title={t("groupNews")} hits={result.news} text={text} dated />
          {totalPages > 1 ? (
            <nav className="pagination" aria-label={t("pagination")}>
              <p className="pagination__status">{text.news("pageOf", { page, total: totalPages })}</p>
              <ul>
                {page > 1 ? (
                  <li>
                    <a rel="prev" href={searchPath(locale, query, page - 1)}>
                      <span aria-hidden="true">←</span> {text.news("previous")}
                    </a>
                  </li>
                ) : null}
                {page < totalPages ? (
                  <li>
                    <a rel="next" href={searchPath(locale, query, page + 1)}>
                      {text.news("next")} <span aria-hidden="true">→</span>
                    </a>
                  </li>
                ) : null}
              </ul>
            </nav>
          ) : null}
        </>
      ) : null}
    </main>
  );
}

function ResultGroup({ title, hits, text, dated = false }: { title: string; hits: SearchHit[]; text: SiteText; dated?: boolean }) {
  if (hits.length === 0) return null;
  return (
    <section className="search-group" aria-label={title}>
      <h2>{title}</h2>
      <ol className="search-list">
        {hits.map((hit) => (
          <li key={hit.path + hit.title} className="search-hit">
            <h3 className="search-hit__title">
              <a href={hit.path}>{hit.title}</a>
            </h3>
            {dated ? (
              <p className="search-hit__date">
                <FormattedDate iso={hit.sortAt.toISOString()} format={text.format} />
              </p>
            ) : null}
            {hit.snippet ? (
              <p className="search-hit__snippet">
                <Snippet text={hit.snippet} />
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
