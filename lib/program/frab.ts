// /program.json: the schedule in the frab/c3voc shape (https://c3voc.de/schedule/schema.json)
// that pretalx exports and that conference apps, hall screens and video teams
// read: conference → days → rooms → events. Sessions without a page
// (registration, breaks) are left out, as frab schedules do; people are the
// consented ones only (the snapshot holds no others).
import type { ProgramSessionItem } from "@/db/queries/program";
import type { Locale } from "@/lib/site-config";
import { displayName } from "./names";
import { datetimeWithOffset, localTime } from "./time";
import { sessionUid, uuidV5 } from "./uid";
import { calendarSessions } from "./ics";
import { sessionPeopleOf, type ProgramIndex } from "./view";

type Urls = { session: (s: ProgramSessionItem) => string; speaker: (slug: string) => string; program: string; base: string };

function duration(startIso: string, endIso: string): string {
  const minutes = Math.round((Date.parse(endIso) - Date.parse(startIso)) / 60_000);
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** The schedule's version: the latest edit of anything it shows, so apps can tell a change. */
function versionOf(index: ProgramIndex): string {
  const times = [index.snapshot.edition.updatedAt, ...index.snapshot.sessions.map((s) => s.updatedAt), ...index.snapshot.people.map((p) => p.updatedAt)];
  return times.reduce((a, b) => (a > b ? a : b));
}

export function renderFrabJson(index: ProgramIndex, locale: Locale, urls: Urls): string {
  const { edition } = index.snapshot;
  const tz = edition.timezone;
  const sessions = calendarSessions(index, index.snapshot.sessions);
  const hallName = (s: ProgramSessionItem) => index.hall(s.hallId)?.name[locale] ?? "";
  const days = index.snapshot.days.map((day, i) => {
    const ofDay = sessions.filter((s) => s.day === day);
    const rooms: Record<string, unknown[]> = {};
    for (const hall of index.snapshot.halls) {
      const events = ofDay.filter((s) => s.hallId === hall.id);
      if (events.length > 0) rooms[hall.name[locale]] = events.map((s) => event(s));
    }
    return {
      index: i + 1,
      date: day,
      day_start: ofDay[0] ? datetimeWithOffset(ofDay[0].startsAt, tz) : `${day}T00:00${datetimeWithOffset(`${day}T12:00:00Z`, tz).slice(16)}`,
      day_end: ofDay.length ? datetimeWithOffset(ofDay.map((s) => s.endsAt).reduce((a, b) => (a > b ? a : b)), tz) : `${day}T23:59${datetimeWithOffset(`${day}T12:00:00Z`, tz).slice(16)}`,
      rooms,
    };
  });

  function event(s: ProgramSessionItem) {
    const track = index.track(s.trackId);
    return {
      guid: sessionUid(s.code),
      code: s.code,
      id: s.id,
      logo: null,
      date: datetimeWithOffset(s.startsAt, tz),
      start: localTime(s.startsAt, tz),
      duration: duration(s.startsAt, s.endsAt),
      room: hallName(s),
      slug: `${s.code}-${s.slug[locale]}`,
      url: urls.session(s),
      title: s.title[locale],
      subtitle: "",
      track: track?.name[locale] ?? null,
      type: index.format(s.formatId).name[locale],
      language: locale,
      abstract: s.summary[locale],
      description: "",
      recording_license: "",
      do_not_record: false,
      // Not part of the c3voc schema's required set; apps that know it show the session's state.
      status: s.status,
      persons: sessionPeopleOf(index, s).map(({ link, person }) => ({
        guid: uuidV5(`person:${person.slug}`),
        code: person.slug,
        name: displayName(person, locale),
        public_name: displayName(person, locale),
        biography: person.bio[locale],
        role: link.role,
        url: urls.speaker(person.slug),
      })),
      links: [],
      attachments: [],
    };
  }

  return JSON.stringify(
    {
      $schema: "https://c3voc.de/schedule/schema.json",
      generator: { name: "Podium" },
      schedule: {
        version: versionOf(index),
        base_url: urls.base,
        conference: {
          acronym: `forum-${edition.slug}`,
          title: edition.title[locale],
          start: edition.startsOn,
          end: edition.endsOn,
          daysCount: days.length,
          timeslot_duration: "00:15",
          time_zone_name: tz,
          url: urls.program,
          rooms: index.snapshot.halls.map((h) => ({ name: h.name[locale], slug: h.slug, guid: uuidV5(`hall:${edition.slug}:${h.slug}`), description: h.directions[locale] })),
          tracks: index.snapshot.tracks.map((t) => ({ name: t.name[locale], slug: t.slug, color: t.color })),
          days,
        },
      },
    },
    null,
    1,
  );
}
