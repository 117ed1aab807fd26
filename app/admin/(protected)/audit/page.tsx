import type { Metadata } from "next";
import { SiteTime } from "@/components/admin/audit-time";
import { AuditSummary } from "@/components/admin/audit-summary";
import { getDb } from "@/db";
import { listAuditFacets, searchAudit } from "@/db/queries/audit";
import type { AuditEntry } from "@/db/schema";
import { requireRole } from "@/lib/auth/dal";
import { AUDIT_PAGE_SIZE, auditFilterValues, parseAuditFilter } from "@/lib/validation/audit";
import "./audit.css";

export const metadata: Metadata = { title: "Audit log" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireRole("admin");
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
      <h1>Audit log</h1>
      <p className="field-hint">Every change made in the admin area, newest first. Times are Moscow time.</p>

      <form method="get" action="/admin/audit" className="admin-toolbar audit-filters" aria-label="Filter the audit log">
        <FilterSelect id="filter-entity" name="entity" label="Record type" value={typed.entity} options={facets.entities} />
        <FilterSelect id="filter-action" name="action" label="Action" value={typed.action} options={facets.actions} />
        <FilterSelect id="filter-actor" name="actor" label="Who" value={typed.actor} options={facets.actors} />
        <div className="field">
          <label htmlFor="filter-from">From</label>
          <input id="filter-from" name="from" type="date" defaultValue={typed.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="filter-to">To</label>
          <input id="filter-to" name="to" type="date" defaultValue={typed.to ?? ""} />
        </div>
        <div className="audit-filters__buttons">
          <button type="submit" className="button button--primary">
            Filter
          </button>
          <a href="/admin/audit" className="button button--ghost">
            Clear
          </a>
        </div>
      </form>

      {!parsed.ok ? (
        <div className="form-error" role="alert">
          <p className="audit-message">These filters cannot be used:</p>
          <ul>
            {parsed.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {loadFailed ? (
        <p className="form-error" role="alert">
          The audit log could not be loaded: the database did not answer. Reload the page in a moment.
        </p>
      ) : null}

      {result ? (
        <>
          <p role="status" className="audit-count">
            {result.total === 0
              ? "No entries match these filters."
              : `${result.total} ${result.total === 1 ? "entry" : "entries"}${pages > 1 ? ` · page ${page} of ${pages}` : ""}`}
          </p>
          {result.entries.length > 0 ? (
            <div className="audit-table-wrap">
              <table className="admin-table audit-table">
                <caption className="sr-only">Audit log entries</caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Who</th>
                    <th scope="col">Action</th>
                    <th scope="col">Record type</th>
                    <th scope="col">Record id</th>
                    <th scope="col">Summary</th>
                  </tr>
                </thead>
                <tbody>
                  {result.entries.map((entry) => (
                    <tr key={entry.id}>
                      <td>
                        <SiteTime date={entry.at} />
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
              There is no page {page}. <a href={linkTo(pages)}>Go to the last page</a>.
            </p>
          ) : null}
          {pages > 1 ? (
            <nav className="audit-pagination" aria-label="Audit log pages">
              {page > 1 ? (
                <a href={linkTo(Math.min(page - 1, pages))} rel="prev">
                  ← Newer
                </a>
              ) : null}
              <span>
                Page {Math.min(page, pages)} of {pages}
              </span>
              {page < pages ? (
                <a href={linkTo(page + 1)} rel="next">
                  Older →
                </a>
              ) : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function FilterSelect({ id, name, label, value, options }: { id: string; name: string; label: string; value?: string; options: string[] }) {
  // A value typed into the URL that is not (yet) in the log still shows as chosen.
  const all = value && !options.includes(value) ? [value, ...options] : options;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">All</option>
        {all.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}
