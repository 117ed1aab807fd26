import { ScheduleWarnings } from "@/components/admin/program/schedule-warnings";
import { getDb } from "@/db";
import { listScheduleWarnings } from "@/db/queries/admin-program";
import { getCurrentEdition, getSessionChoices, listAdminSessions, type AdminSessionRow } from "@/db/queries/admin-program-read";
import { hasRole, requireRole } from "@/lib/auth/dal";
import { adminText } from "@/lib/i18n/admin-text";
import { formatDay } from "@/lib/program/format";
import { localDate, localTime } from "@/lib/program/time";
import { editionDates, zoneLabel } from "./edition-words";
import { warningNames } from "./warning-names";
import "./program.css";

export async function generateMetadata() {
  return { title: (await adminText("programSessions")).t("title") };
}

const notices: Record<string, "editionSaved"> = { "edition-saved": "editionSaved" };

type Props = { searchParams: Promise<{ notice?: string | string[] }> };

export default async function AdminProgramPage({ searchParams }: Props) {
  const session = await requireRole("editor");
  const { locale, t } = await adminText("programSessions");
  const db = await getDb();
  const edition = await getCurrentEdition(db);
  const { notice } = await searchParams;
  if (!edition) {
    return (
      <div className="program-admin">
        <h1>{t("title")}</h1>
        <p>{t.rich("noEdition", { code: (chunks) => <code>{chunks}</code> })}</p>
      </div>
    );
  }
  const [sessions, choices, warnings] = await Promise.all([listAdminSessions(db, edition.id), getSessionChoices(db, edition.id), listScheduleWarnings(db, edition.id)]);
  const halls = new Map(choices.halls.map((h) => [h.id, h.nameEn]));
  const byDay = new Map<string, AdminSessionRow[]>();
  for (const s of sessions) {
    const day = localDate(s.startsAt.toISOString(), edition.timezone);
    byDay.set(day, [...(byDay.get(day) ?? []), s]);
  }
  const time = (d: Date) => localTime(d.toISOString(), edition.timezone);
  const noticeKey = typeof notice === "string" && Object.hasOwn(notices, notice) ? notices[notice] : undefined;
  return (
    <div className="program-admin">
      <div className="admin-toolbar">
        <h1>{t("title")}</h1>
        <a className="button button--primary" href="/admin/program/sessions/new">
          {t("addSession")}
        </a>
      </div>
      {noticeKey ? (
        <p className="form-notice" role="status">
          {t(`notices.${noticeKey}`)}
        </p>
      ) : null}
      <section className="program-admin__edition" aria-labelledby="edition-heading">
        <h2 id="edition-heading">{locale === "ru" ? edition.titleRu : edition.titleEn}</h2>
        <p>
          {t("datesAndZone", { dates: editionDates(edition, locale), zone: zoneLabel(edition, locale) })}{" "}
          <strong>{edition.programState === "published" ? t("programmePublic") : t("programmeHidden")}</strong>
        </p>
        <ul className="program-admin__links">
          {hasRole(session, "admin") ? (
            <li>
              <a href="/admin/program/edition">{t("links.edition")}</a>
            </li>
          ) : null}
          <li>
            <a href="/admin/program/people">{t("links.people")}</a>
          </li>
          <li>
            <a href="/admin/program/halls">{t("links.halls")}</a>
          </li>
          <li>
            <a href="/admin/program/tracks">{t("links.tracks")}</a>
          </li>
          <li>
            <a href="/admin/program/formats">{t("links.formats")}</a>
          </li>
          <li>
            <a href={`/${locale}/program`} target="_blank" rel="noopener">
              {t("links.publicProgramme")}
            </a>
          </li>
        </ul>
      </section>
      <ScheduleWarnings warnings={warnings} names={warningNames(sessions, choices)} />
      {sessions.length === 0 ? <p>{t("noSessions")}</p> : null}
      {[...byDay].map(([day, daySessions]) => (
        <section key={day} aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`}>{formatDay(day, locale)}</h2>
          <table className="admin-table program-admin__sessions">
            <thead>
              <tr>
                <th scope="col">{t("columns.time")}</th>
                <th scope="col">{t("columns.hall")}</th>
                <th scope="col">{t("columns.session")}</th>
                <th scope="col">{t("columns.format")}</th>
                <th scope="col">{t("columns.people")}</th>
                <th scope="col">{t("columns.status")}</th>
              </tr>
            </thead>
            <tbody>
              {daySessions.map((s) => (
                <tr key={s.id} className={s.status === "cancelled" ? "is-cancelled" : undefined}>
                  <td>
                    {time(s.startsAt)}–{time(s.endsAt)}
                  </td>
                  <td>{s.hallId === null ? "—" : (halls.get(s.hallId) ?? "—")}</td>
                  <th scope="row">
                    <a href={`/admin/program/sessions/${s.id}`}>{s.titleEn}</a> <span className="program-admin__code">{s.code}</span>
                    <span lang="ru" className="program-admin__ru">
                      {s.titleRu}
                    </span>
                  </th>
                  <td>{s.formatNameEn}</td>
                  <td>{s.isService ? "—" : s.peopleCount}</td>
                  <td>{t(`statusShort.${s.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
