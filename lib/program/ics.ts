// Calendars of the programme (RFC 5545) with ical-generator, which folds lines
// at 75 octets counted in UTF-8 bytes (never inside a character) and escapes
// TEXT values. What we decide: times in UTC (Russia has no DST since 2014, and
// UTC needs no VTIMEZONE), one UID per session shared by every feed and locale
// (lib/program/uid.ts), SEQUENCE from the data, cancelled sessions kept with
// STATUS:CANCELLED (dropping one would leave a ghost in subscribers'
// calendars), and DTSTAMP = LAST-MODIFIED = the session's last edit, so that
// the bytes only change when the data does and a strong ETag holds.
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { ProgramSessionItem } from "@/db/queries/program";
import type { Locale } from "@/lib/site-config";
import { displayName } from "./names";
import { hasPage, sessionPeopleOf, type ProgramIndex } from "./view";
import { sessionUid } from "./uid";

export type CalendarText = {
  calendarName: string;
  roles: Record<"moderator" | "co_moderator" | "keynote" | "speaker", string>;
  cancelled: string;
  movedOnline: string;
};

type Options = {
  index: ProgramIndex;
  locale: Locale;
  sessions: ProgramSessionItem[];
  text: CalendarText;
  /** The absolute URL of a session's page. */
  sessionUrl: (session: ProgramSessionItem) => string;
  /** The calendar's own absolute URL (its SOURCE). */
  selfUrl: string;
};

/** Sessions that belong in a calendar: those with a page (no registration or breaks). */
export function calendarSessions(index: ProgramIndex, sessions: ProgramSessionItem[]): ProgramSessionItem[] {
  return sessions.filter((s) => hasPage(index, s));
}

export function renderCalendar({ index, locale, sessions, text, sessionUrl, selfUrl }: Options): string {
  const { edition } = index.snapshot;
  const calendar = ical({
    // Stable: calendar clients use it to recognise the publisher.
    prodId: { company: "Podium", product: "programme", language: locale.toUpperCase() },
    name: text.calendarName,
    source: selfUrl,
    ttl: 60 * 60,
    // No METHOD: a published feed, not a scheduling message (RFC 5546), so DTSTAMP may be the last edit.
    method: null as unknown as ICalCalendarMethod,
    x: [["X-WR-TIMEZONE", edition.timezone]],
  });
  const venue = [edition.venueName[locale], edition.venueAddress[locale]].filter(Boolean).join(", ");
  for (const session of calendarSessions(index, sessions)) {
    const hall = index.hall(session.hallId);
    const track = index.track(session.trackId);
    const format = index.format(session.formatId);
    const people = sessionPeopleOf(index, session).map(({ link, person }) => {
      const job = [link.position[locale], link.organisation[locale]].filter(Boolean).join(", ");
      return `${text.roles[link.role]}: ${displayName(person, locale)}${job ? ` (${job})` : ""}`;
    });
    const status = session.status === "cancelled" ? text.cancelled : session.status === "moved_online" ? text.movedOnline : "";
    const description = [status, session.summary[locale], ...people, sessionUrl(session)].filter(Boolean).join("\n");
    const updated = new Date(session.updatedAt);
    calendar.createEvent({
      id: sessionUid(session.code),
      start: new Date(session.startsAt),
      end: new Date(session.endsAt),
      stamp: updated,
      lastModified: updated,
      created: new Date(session.createdAt),
      sequence: session.icsSequence,
      summary: session.title[locale],
      description,
      location: [hall?.name[locale], venue].filter(Boolean).join(", "),
      url: sessionUrl(session),
      status: session.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      categories: [format.name[locale], ...(track ? [track.name[locale]] : [])].map((name) => ({ name })),
    });
  }
  return calendar.toString();
}
