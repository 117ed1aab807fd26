// The programme snapshot (db/queries/program.ts) as the pages need it: look-ups
// by id, sessions of a day grouped by start time, filters by hall, track and
// format, and each person's sessions. Pure functions of the snapshot, so every
// page, calendar and export shows the same thing.
import type { ProgramFormat, ProgramHall, ProgramPerson, ProgramSessionItem, ProgramSnapshot, ProgramTrack, SessionPersonLink } from "@/db/queries/program";

export type ProgramIndex = {
  snapshot: ProgramSnapshot;
  hall: (id: number | null) => ProgramHall | null;
  track: (id: number | null) => ProgramTrack | null;
  format: (id: number) => ProgramFormat;
  person: (id: number) => ProgramPerson | null;
};

export function indexProgram(snapshot: ProgramSnapshot): ProgramIndex {
  const halls = new Map(snapshot.halls.map((h) => [h.id, h]));
  const tracks = new Map(snapshot.tracks.map((t) => [t.id, t]));
  const formats = new Map(snapshot.formats.map((f) => [f.id, f]));
  const people = new Map(snapshot.people.map((p) => [p.id, p]));
  return {
    snapshot,
    hall: (id) => (id === null ? null : (halls.get(id) ?? null)),
    track: (id) => (id === null ? null : (tracks.get(id) ?? null)),
    format: (id) => formats.get(id)!,
    person: (id) => people.get(id) ?? null,
  };
}

/**
 * The people of a session who may be shown, with their records. The snapshot
 * already holds consented people only; a link whose person is not in it is
 * dropped here too, so no view can name someone the gate left out.
 */
export function sessionPeopleOf(index: ProgramIndex, session: ProgramSessionItem): { link: SessionPersonLink; person: ProgramPerson }[] {
  const out: { link: SessionPersonLink; person: ProgramPerson }[] = [];
  for (const link of session.people) {
    const person = index.person(link.personId);
    if (person) out.push({ link, person });
  }
  return out;
}

/** Sessions with a page of their own (not registration, breaks and the like). */
export function hasPage(index: ProgramIndex, session: ProgramSessionItem): boolean {
  return !index.format(session.formatId).isService;
}

export type ProgramFilter = { hall: ProgramHall | null; track: ProgramTrack | null; format: ProgramFormat | null };

export const NO_FILTER: ProgramFilter = { hall: null, track: null, format: null };

export function isFiltered(filter: ProgramFilter): boolean {
  return filter.hall !== null || filter.track !== null || filter.format !== null;
}

/**
 * Resolves ?hall=&track=&format= slugs against the programme. Empty values mean
 * "any"; a value that names nothing answers null (the caller's 404).
 */
export function resolveFilter(index: ProgramIndex, raw: { hall?: string; track?: string; format?: string }): ProgramFilter | null {
  const { snapshot } = index;
  const pick = <T>(value: string | undefined, list: T[], key: (item: T) => string): T | null | undefined => {
    if (!value) return null;
    return list.find((item) => key(item) === value);
  };
  const hall = pick(raw.hall, snapshot.halls, (h) => h.slug);
  const track = pick(raw.track, snapshot.tracks, (t) => t.slug);
  const format = pick(raw.format, snapshot.formats, (f) => f.key);
  if (hall === undefined || track === undefined || format === undefined) return null;
  return { hall, track, format };
}

/** A plenary (a format that spans all halls) is for everyone: it stays in the list whatever hall is chosen. */
export function matchesFilter(index: ProgramIndex, session: ProgramSessionItem, filter: ProgramFilter): boolean {
  const format = index.format(session.formatId);
  if (filter.hall && session.hallId !== filter.hall.id && !format.spansAllHalls) return false;
  if (filter.track && session.trackId !== filter.track.id) return false;
  if (filter.format && session.formatId !== filter.format.id) return false;
  return true;
}

type StartGroup = { startsAt: string; sessions: ProgramSessionItem[] };
export type DayGroup = { day: string; starts: StartGroup[] };

/** Days in order, each with its sessions grouped by start time (the snapshot is already ordered). */
export function groupProgram(sessions: ProgramSessionItem[], days: string[]): DayGroup[] {
  return days
    .map((day) => {
      const starts: StartGroup[] = [];
      for (const session of sessions) {
        if (session.day !== day) continue;
        const last = starts.at(-1);
        if (last && last.startsAt === session.startsAt) last.sessions.push(session);
        else starts.push({ startsAt: session.startsAt, sessions: [session] });
      }
      return { day, starts };
    })
    .filter((group) => group.starts.length > 0);
}

/** A person's sessions of the edition, in programme order, with their role in each. */
export function sessionsOfPerson(index: ProgramIndex, personId: number): { session: ProgramSessionItem; link: SessionPersonLink }[] {
  const out: { session: ProgramSessionItem; link: SessionPersonLink }[] = [];
  for (const session of index.snapshot.sessions) {
    const link = session.people.find((l) => l.personId === personId);
    if (link && hasPage(index, session)) out.push({ session, link });
  }
  return out;
}
