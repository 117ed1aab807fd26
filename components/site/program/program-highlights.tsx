// The home page's look at the programme: the sessions for everyone (formats
// that span all halls: the plenary, the closing session), with day, time,
// hall and moderator, and the way to the whole programme. Synchronous, from
// the cached snapshot.
import type { SiteText } from "@/lib/i18n/site-text";
import { formatDay } from "@/lib/program/format";
import { displayName } from "@/lib/program/names";
import { programPaths } from "@/lib/program/paths";
import { hasPage, sessionPeopleOf, type ProgramIndex } from "@/lib/program/view";
import type { Locale } from "@/lib/site-config";
import { SessionTime } from "./session-time";

type Props = { index: ProgramIndex; locale: Locale; t: SiteText["program"]; title: string; more: string };

export function ProgramHighlights({ index, locale, t, title, more }: Props) {
  const tz = index.snapshot.edition.timezone;
  const sessions = index.snapshot.sessions.filter((s) => hasPage(index, s) && index.format(s.formatId).spansAllHalls).slice(0, 4);
  if (sessions.length === 0) return null;
  return (
    <section className="container home-program" aria-labelledby="home-program-title">
      <div className="section-head">
        <h2 id="home-program-title" className="section-title">
          {title}
        </h2>
        <a className="section-head__link" href={programPaths.program(locale)}>
          {more} <span aria-hidden="true">→</span>
        </a>
      </div>
      <ul className="home-program__list">
        {sessions.map((session) => {
          const moderator = sessionPeopleOf(index, session).find(({ link }) => link.role === "moderator");
          return (
            <li key={session.id} className={`home-program__item session--${session.status}`}>
              <p className="session__time">
                {formatDay(session.day, locale)}, <SessionTime startsAt={session.startsAt} endsAt={session.endsAt} timeZone={tz} />
                {index.hall(session.hallId) ? `, ${index.hall(session.hallId)!.name[locale]}` : ""}
              </p>
              <h3 className="session__title">
                <a href={programPaths.session(locale, session)}>{session.title[locale]}</a>
              </h3>
              {moderator ? (
                <p className="home-program__moderator">
                  {t("role_moderator")}: {displayName(moderator.person, locale)}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
