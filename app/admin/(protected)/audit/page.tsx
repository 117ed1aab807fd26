import { SiteTime } from "@/components/admin/audit-time";
import { AuditSummary } from "@/components/admin/audit-summary";
import { getDb } from "@/db";
import { listAuditFacets, searchAudit } from "@/db/queries/audit";
import type { AuditEntry } from "@/db/schema";
import { requireRole } from "@/lib/auth/dal";
import { adminText } from "@/lib/i18n/admin-text";
import { AUDIT_PAGE_SIZE, auditFilterValues, parseAuditFilter } from "@/lib/validation/audit";
import { translateMessage } from "@/lib/i18n/admin-errors";
import "./audit.css";

export async function generateMetadata() {
  const { t } = await adminText("audit");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireRole("admin");
  const { locale, t } = await adminText("audit");
  const params = await searchParams;
  const typed = auditFilterValues(params);
  const parsed = parseAuditFilter(params);

  let facets: { entities: string[]; actions: string[]; actors: string[] } = { entities: [], actions: [], actors: [] };
  let result: { entries: AuditEntry[]; total: number } | null = null;
  let loadFailed = false;
  try {
    const db = await getDb();
    facets = await listAuditFacets(db);
    if (parsed.ok) {
      const { entity, action, actor, page } = parsed.filter;
      result = await searchAudit(
        db,
        { entity, action, actor, from: parsed.range.from, before: parsed.range.before },
        { limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE },
      );
    }
  } catch (error) {
    console.error("loading the audit log failed:", error);
    loadFailed = true;
  }

  const page = parsed.ok ? parsed.filter.page : 1;
  const pages = result ? Math.max(1, Math.ceil(result.total / AUDIT_PAGE_SIZE)) : 1;
  const linkTo = (n: number) => {
    const query = new URLSearchParams();
    for (const key of ["entity", "action", "actor", "from", "to"] as const) if (typed[key]) query.set(key, typed[key]);
    if (n > 1) query.set("page", String(n));
    const qs = query.toString();
    return qs ? `/admin/audit?${qs}` : "/admin/audit";
  };

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="field-hint">{t("intro")}</p>

      <form method="get" action="/admin/audit" className="admin-toolbar audit-filters" aria-label={t("filtersLabel")}>
        <FilterSelect id="filter-entity" name="entity" label={t("recordType")} allLabel={t("all")} value={typed.entity} options={facets.entities} />
        <FilterSelect id="filter-action" name="action" label={t("action")} allLabel={t("all")} value={typed.action} options={facets.actions} />
        <FilterSelect id="filter-actor" name="actor" label={t("who")} allLabel={t("all")} value={typed.actor} options={facets.actors} />
        <div className="field">
          <label htmlFor="filter-from">{t("from")}</label>
          <input id="filter-from" name="from" type="date" defaultValue={typed.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="filter-to">{t("to")}</label>
          <input id="filter-to" name="to" type="date" defaultValue={typed.to ?? ""} />
        </div>
        <div className="audit-filters__buttons">
          <button type="submit" className="button button--primary">
            {t("filter")}
          </button>
          <a href="/admin/audit" className="button button--ghost">
            {t("clear")}
          </a>
        </div>
      </form>

      {!parsed.ok ? (
        <div className="form-error" role="alert">
          <p className="audit-message">{t("badFilters")}</p>
          <ul>
            {parsed.messages.map((message) => (
              <li key={message}>{translateMessage(locale, message)}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {loadFailed ? (
        <p className="form-error" role="alert">
          {t("loadFailed")}
        </p>
      ) : null}

      {result ? (
        <>
          <p role="status" className="audit-count">
            {result.total === 0 ? t("noMatch") : `${t("count", { total: result.total })}${pages > 1 ? ` · ${t("pageOf", { page, pages })}` : ""}`}
          </p>
          {result.entries.length > 0 ? (
            <div className="audit-table-wrap">
              <table className="admin-table audit-table">
                <caption className="sr-only">{t("caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("when")}</th>
                    <th scope="col">{t("who")}</th>
                    <th scope="col">{t("action")}</th>
                    <th scope="col">{t("recordType")}</th>
                    <th scope="col">{t("recordId")}</th>
                    <th scope="col">{t("summary")}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.entries.map((entry) => (
                    <tr key={entry.id}>
                      <td>
                        <SiteTime date={entry.at} locale={locale} />
                      </td>
                      <td>{entry.actorEmail}</td>
                      <td>{entry.action}</td>
                      <td>{entry.entity}</td>
                      <td>{entry.entityId ?? "—"}</td>
                      <td>
                        <AuditSummary summary={entry.summary} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : result.total > 0 ? (
            <p>
              {t("noSuchPage", { page })} <a href={linkTo(pages)}>{t("lastPage")}</a>.
            </p>
          ) : null}
          {pages > 1 ? (
            <nav className="audit-pagination" aria-label={t("pagesLabel")}>
              {page > 1 ? (
                <a href={linkTo(Math.min(page - 1, pages))} rel="prev">
                  {t("newer")}
                </a>
              ) : null}
              <span>
                {t("pageNofM", { page: Math.min(page, pages), pages })}
              </span>
              {page < pages ? (
                <a href={linkTo(page + 1)} rel="next">
                  {t("older")}
                </a>
              ) : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function FilterSelect({ id, name, label, allLabel, value, options }: { id: string; name: string; label: string; allLabel: string; value?: string; options: string[] }) {
  // A value typed into the URL that is not (yet) in the log still shows as chosen.
  const all = value && !options.includes(value) ? [value, ...options] : options;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{allLabel}</option>
        {all.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}
