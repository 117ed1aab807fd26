import { getDb } from "@/db";
import { listAdminPeople, PEOPLE_LIST_LIMIT } from "@/db/queries/admin-people";
import { requireRole } from "@/lib/auth/dal";
import { adminText } from "@/lib/i18n/admin-text";
import "../../partners/partners.css";
import "../_setup/setup.css";

export async function generateMetadata() {
  return { title: (await adminText("programPeople")).t("title") };
}

type Props = { searchParams: Promise<{ q?: string | string[]; notice?: string | string[] }> };

const notices: Record<string, { kind: "notice" | "error"; key: "deleted" | "notFound" }> = {
  deleted: { kind: "notice", key: "deleted" },
  "not-found": { kind: "error", key: "notFound" },
};

/** Speakers and moderators of the programme: a plain GET search form, so it works without JavaScript. */
export default async function AdminPeoplePage({ searchParams }: Props) {
  await requireRole("editor");
  const { t } = await adminText("programPeople");
  const { q: rawQ, notice: rawNotice } = await searchParams;
  const q = typeof rawQ === "string" ? rawQ.slice(0, 100) : "";
  const notice = typeof rawNotice === "string" && Object.hasOwn(notices, rawNotice) ? notices[rawNotice] : undefined;
  const list = await listAdminPeople(await getDb(), q);
  return (
    <div className="partners-admin">
      <p>
        <a href="/admin/program">{t("backToProgramme")}</a>
      </p>
      <div className="admin-toolbar partners-admin__toolbar">
        <h1>{t("title")}</h1>
        <a className="button button--primary" href="/admin/program/people/new">
          {t("add")}
        </a>
      </div>
      {notice ? (
        <p className={notice.kind === "error" ? "form-error" : "form-notice"} role={notice.kind === "error" ? "alert" : "status"}>
          {t(`notices.${notice.key}`)}
        </p>
      ) : null}
      <p className="field-hint partners-admin__intro">
        {t("intro")}
      </p>
      <form method="get" action="/admin/program/people" role="search" className="people-search" aria-label={t("searchRegion")}>
        <div className="field">
          <label htmlFor="people-q">{t("searchLabel")}</label>
          <input id="people-q" name="q" type="search" defaultValue={q} maxLength={100} />
        </div>
        <button type="submit" className="button">
          {t("search")}
        </button>
        {q ? <a href="/admin/program/people">{t("showEveryone")}</a> : null}
      </form>
      <p role="status">
        {list.length === 0
          ? q
            ? t("noMatch", { query: q })
            : t("none")
          : list.length === PEOPLE_LIST_LIMIT
            ? q
              ? t("countFirstMatching", { count: PEOPLE_LIST_LIMIT, query: q })
              : t("countFirst", { count: PEOPLE_LIST_LIMIT })
            : q
              ? t("countMatching", { count: list.length, query: q })
              : t("count", { count: list.length })}
      </p>
      {list.length > 0 ? (
        <table className="admin-table partner-table">
          <caption className="sr-only">{q ? t("captionMatching", { query: q }) : t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("columns.name")}</th>
              <th scope="col">{t("columns.organisation")}</th>
              <th scope="col">{t("columns.consent")}</th>
              <th scope="col">{t("columns.sessions")}</th>
              <th scope="col">
                <span className="sr-only">{t("columns.edit")}</span>
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
                <td>{person.hasConsent ? <span className="badge badge--published">{t("yes")}</span> : <span className="badge badge--draft">{t("no")}</span>}</td>
                <td>{person.sessionCount}</td>
                <td>
                  <a href={`/admin/program/people/${person.id}`} aria-label={t("editNamed", { name: person.nameEn })}>
                    {t("columns.edit")}
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
