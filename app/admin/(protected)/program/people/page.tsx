import type { Metadata } from "next";
import { getDb } from "@/db";
import { listAdminPeople, PEOPLE_LIST_LIMIT } from "@/db/queries/admin-people";
import { requireRole } from "@/lib/auth/dal";
import "../../partners/partners.css";
import "../_setup/setup.css";

export const metadata: Metadata = { title: "People" };

type Props = { searchParams: Promise<{ q?: string | string[]; notice?: string | string[] }> };

const notices: Record<string, { kind: "notice" | "error"; text: string }> = {
  deleted: { kind: "notice", text: "The person was deleted." },
  "not-found": { kind: "error", text: "That person no longer exists: someone may have deleted them." },
};

/** Speakers and moderators of the programme: a plain GET search form, so it works without JavaScript. */
export default async function AdminPeoplePage({ searchParams }: Props) {
  await requireRole("editor");
  const { q: rawQ, notice: rawNotice } = await searchParams;
  const q = typeof rawQ === "string" ? rawQ.slice(0, 100) : "";
  const notice = typeof rawNotice === "string" ? notices[rawNotice] : undefined;
  const list = await listAdminPeople(await getDb(), q);
  return (
    <div className="partners-admin">
      <p>
        <a href="/admin/program">← Programme</a>
      </p>
      <div className="admin-toolbar partners-admin__toolbar">
        <h1>People</h1>
        <a className="button button--primary" href="/admin/program/people/new">
          Add person
        </a>
      </div>
      {notice ? (
        <p className={notice.kind === "error" ? "form-error" : "form-notice"} role={notice.kind === "error" ? "alert" : "status"}>
          {notice.text}
        </p>
      ) : null}
      <p className="field-hint partners-admin__intro">
        Speakers and moderators. A person is shown on the public site only with a consent date and once they are on a session of the published programme.
      </p>
      <form method="get" action="/admin/program/people" role="search" className="people-search" aria-label="People">
        <div className="field">
          <label htmlFor="people-q">Search by name or organisation</label>
          <input id="people-q" name="q" type="search" defaultValue={q} maxLength={100} />
        </div>
        <button type="submit" className="button">
          Search
        </button>
        {q ? <a href="/admin/program/people">Show everyone</a> : null}
      </form>
      <p role="status">
        {list.length === 0
          ? q
            ? `No one matches “${q}”.`
            : "No people yet."
          : `${list.length === PEOPLE_LIST_LIMIT ? `The first ${PEOPLE_LIST_LIMIT}` : list.length} ${list.length === 1 ? "person" : "people"}${q ? ` matching “${q}”` : ""}.`}
      </p>
      {list.length > 0 ? (
        <table className="admin-table partner-table">
          <caption className="sr-only">People{q ? ` matching “${q}”` : ""}, by last name</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Organisation</th>
              <th scope="col">Consent</th>
              <th scope="col">Sessions</th>
              <th scope="col">
                <span className="sr-only">Edit</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((person) => (
              <tr key={person.id} id={`person-${person.id}`}>
                <th scope="row" className="partner-table__name">
                  {person.nameEn}
                  <span lang="ru" className="partner-table__ru">
                    {person.nameRu}
                  </span>
                </th>
                <td>{person.organisationEn || <span className="field-hint">—</span>}</td>
                <td>{person.hasConsent ? <span className="badge badge--published">Yes</span> : <span className="badge badge--draft">No</span>}</td>
                <td>{person.sessionCount}</td>
                <td>
                  <a href={`/admin/program/people/${person.id}`} aria-label={`Edit ${person.nameEn}`}>
                    Edit
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
