// The programme as a list: a heading per day, a heading per start time, one
// <article> per session. Readable without CSS or JavaScript, in reading order
// on a phone; a plenary is one session in its hall, marked as for everyone.
import type { ProgramSessionItem } from "@/db/queries/program";
import type { SiteText } from "@/lib/i18n/site-text";
import { formatDay } from "@/lib/program/format";
import { programPaths } from "@/lib/program/paths";
import { datetimeWithOffset, localTime } from "@/lib/program/time";
import { hasPage, type DayGroup, type ProgramIndex } from "@/lib/program/view";
import type { Locale } from "@/lib/site-config";
import { SessionFacts, SessionStatus } from "./session-facts";
import { SessionPeople } from "./session-people";
import { SessionTime } from "./session-time";

type Props = {
  index: ProgramIndex;
  groups: DayGroup[];
  locale: Locale;
  t: SiteText["program"];
  /** On a day's own page the day is the <h1>, so times are <h2>. */
  dayHeadings: boolean;
};

export function ProgramList({ index, groups, locale, t, dayHeadings }: Props) {
  const tz = index.snapshot.edition.timezone;
  const TimeHeading = dayHeadings ? "h3" : "h2";
  const SessionHeading = dayHeadings ? "h4" : "h3";
  return (
    <div className="program">
      {groups.map((group) => (
        <section key={group.day} className="program-day" aria-labelledby={dayHeadings ? `day-${group.day}` : undefined}>
          {dayHeadings ? (
            <h2 id={`day-${group.day}`} className="program-day__title">
              <a href={programPaths.day(locale, group.day)}>{formatDay(group.day, locale)}</a>
            </h2>
          ) : null}
          {group.starts.map((start) => (
            <section key={start.startsAt} className="program-slot">
              <TimeHeading className="program-slot__time">
                <time dateTime={datetimeWithOffset(start.startsAt, tz)}>{localTime(start.startsAt, tz)}</time>
              </TimeHeading>
              {start.sessions.map((session) => (
                <SessionItem key={session.id} index={index} session={session} locale={locale} t={t} Heading={SessionHeading} />
              ))}
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}

type ItemProps = { index: ProgramIndex; session: ProgramSessionItem; locale: Locale; t: SiteText["program"]; Heading: "h3" | "h4" };

function SessionItem({ index, session, locale, t, Heading }: ItemProps) {
  const tz = index.snapshot.edition.timezone;
  const service = !hasPage(index, session);
  // Only a state worth marking gets a class: most sessions are simply scheduled.
  const classes = ["session", service ? "session--service" : "", session.status === "scheduled" ? "" : `session--${session.status}`].filter(Boolean).join(" ");
  return (
    <article className={classes}>
      <p className="session__time">
        <SessionTime startsAt={session.startsAt} endsAt={session.endsAt} timeZone={tz} />{" "}
        <SessionStatus session={session} timeZone={tz} t={t} />
      </p>
      <Heading className="session__title">
        {service ? session.title[locale] : <a href={programPaths.session(locale, session)}>{session.title[locale]}</a>}
      </Heading>
      <SessionFacts index={index} session={session} locale={locale} t={t} />
      {service ? null : <SessionPeople index={index} session={session} locale={locale} t={t} />}
    </article>
  );
}
