import type { Metadata } from "next";
import { ScheduleWarnings } from "@/components/admin/program/schedule-warnings";
import { getDb } from "@/db";
import { listScheduleWarnings } from "@/db/queries/admin-program";
import { getCurrentEdition, getSessionChoices, listAdminSessions, type AdminSessionRow } from "@/db/queries/admin-program-read";
import { hasRole, requireRole } from "@/lib/auth/dal";
import { formatDate, formatDay } from "@/lib/program/format";
import { localDate, localTime, offsetLabel } from "@/lib/program/time";
import { warningNames } from "./warning-names";
import "./program.css";

export const metadata: Metadata = { title: "Programme" };

const notices: Record<string, string> = {
  "edition-saved": "Saved the edition settings. The public pages show the change now.",
};

const statusLabels: Record<AdminSessionRow["status"], string> = {
  scheduled: "",
  rescheduled: "Rescheduled",
  moved_online: "Online",
  cancelled: "Cancelled",
};

type Props = { searchParams: Promise<{ notice?: string | string[] }> };

export default async function AdminProgramPage({ searchParams }: Props) {
  const session = await requireRole("editor");
  const db = await getDb();
  const edition = await getCurrentEdition(db);
  const { notice } = await searchParams;
  if (!edition) {
    return (
      <div className="program-admin">
        <h1>Programme</h1>
        <p>There is no current edition of the forum yet. Load the demo forum with <code>npm run db:seed</code>, or ask a developer to add one.</p>
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
  const zone = `${edition.zoneLabelEn}, ${offsetLabel(`${edition.startsOn}T12:00:00Z`, edition.timezone)}`;
  const noticeText = typeof notice === "string" ? notices[notice] : undefined;
  return (
    <div className="program-admin">
      <div className="admin-toolbar">
        <h1>Programme</h1>
        <a className="button button--primary" href="/admin/program/sessions/new">
          Add session
        </a>
      </div>
      {noticeText ? (
        <p className="form-notice" role="status">
          {noticeText}
        </p>
      ) : null}
      <section className="program-admin__edition" aria-labelledby="edition-heading">
        <h2 id="edition-heading">{edition.titleEn}</h2>
        <p>
          {formatDate(edition.startsOn, "en")} – {formatDate(edition.endsOn, "en")}. Times are in {zone}.{" "}
          {edition.programState === "published" ? (
            <strong>The programme is public.</strong>
          ) : (
            <strong>The programme is hidden: its pages and calendars answer “not found” until an admin publishes it.</strong>
          )}
        </p>
        <ul className="program-admin__links">
          {hasRole(session, "admin") ? (
            <li>
              <a href="/admin/program/edition">Edition settings and publication</a>
            </li>
          ) : null}
          <li>
            <a href="/admin/program/people">People</a>
          </li>
          <li>
            <a href="/admin/program/halls">Halls</a>
          </li>
          <li>
            <a href="/admin/program/tracks">Tracks</a>
          </li>
          <li>
            <a href="/admin/program/formats">Formats</a>
          </li>
          <li>
            <a href="/en/program" target="_blank" rel="noopener">
              Public programme
            </a>
          </li>
        </ul>
      </section>
      <ScheduleWarnings warnings={warnings} names={warningNames(sessions, choices)} />
      {sessions.length === 0 ? <p>No sessions yet.</p> : null}
      {[...byDay].map(([day, daySessions]) => (
        <section key={day} aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`}>{formatDay(day, "en")}</h2>
          <table className="admin-table program-admin__sessions">
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Hall</th>
                <th scope="col">Session</th>
                <th scope="col">Format</th>
                <th scope="col">People</th>
                <th scope="col">Status</th>
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
                  <td>{statusLabels[s.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
