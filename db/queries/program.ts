// Reads of the programme for the public site: the current edition, once its
// programme is published, with its halls, tracks, formats, sessions and the
// people who may be shown. Everything comes back as one plain snapshot (ISO
// strings, no Dates) so it can pass through Next's JSON data cache whole; the
// pages, calendars and JSON are all views of it (lib/program/*).
//
// The consent gate lives here, in SQL: a person without a recorded consent
// date is never selected, so no page, list, calendar or export can show them.
import { and, asc, eq, inArray, isNotNull, lte, sql } from "drizzle-orm";
import type { Database } from "../client";
import { editions, halls, media, people, programSessions, sessionFormats, sessionPeople, tracks } from "../schema";
import { mediaPath } from "../media-path";

export type Localized = { en: string; ru: string };
type SessionStatus = (typeof programSessions.$inferSelect)["status"];
export type SessionRole = (typeof sessionPeople.$inferSelect)["role"];
/** Order of roles on every page and feed: the moderator first. */
const ROLE_ORDER: readonly SessionRole[] = ["moderator", "co_moderator", "keynote", "speaker"];

export type ProgramEdition = {
  id: number;
  slug: string;
  title: Localized;
  startsOn: string;
  endsOn: string;
  timezone: string;
  zoneLabel: Localized;
  venueName: Localized;
  venueAddress: Localized;
  programState: "hidden" | "published";
  updatedAt: string;
};

export type ProgramHall = { id: number; slug: string; name: Localized; directions: Localized; position: number };
export type ProgramTrack = { id: number; slug: string; name: Localized; color: string; position: number };
export type ProgramFormat = { id: number; key: string; name: Localized; isService: boolean; spansAllHalls: boolean; position: number };

export type SessionPersonLink = {
  personId: number;
  role: SessionRole;
  order: number;
  /** Job as at the session; falls back to the person's current one where the link has none. */
  position: Localized;
  organisation: Localized;
};

export type ProgramSessionItem = {
  id: number;
  code: string;
  slug: Localized;
  title: Localized;
  summary: Localized;
  formatId: number;
  trackId: number | null;
  hallId: number | null;
  startsAt: string;
  endsAt: string;
  /** The local date of the start in the edition's zone (YYYY-MM-DD), computed by PostgreSQL. */
  day: string;
  status: SessionStatus;
  previousStartsAt: string | null;
  icsSequence: number;
  createdAt: string;
  updatedAt: string;
  /** Consented people only, moderator first, then by order. */
  people: SessionPersonLink[];
};

export type ProgramPerson = {
  id: number;
  slug: string;
  lastName: Localized;
  firstName: Localized;
  /** Russian patronymic; English names have none. */
  middleNameRu: string;
  position: Localized;
  organisation: Localized;
  bio: Localized;
  photo: { url: string; width: number; height: number } | null;
  partnerId: number | null;
  updatedAt: string;
};

export type ProgramSnapshot = {
  edition: ProgramEdition;
  halls: ProgramHall[];
  tracks: ProgramTrack[];
  formats: ProgramFormat[];
  /** Every day that has a session, in order. */
  days: string[];
  /** By start, then hall order, then id. */
  sessions: ProgramSessionItem[];
  /** Consented people with at least one session of the edition. */
  people: ProgramPerson[];
};

const iso = (d: Date) => d.toISOString();
const loc = (en: string, ru: string): Localized => ({ en, ru });

/** The consent gate: a recorded date that has passed. */
const hasConsent = and(isNotNull(people.consentAt), lte(people.consentAt, sql`now()`));

export async function getCurrentEdition(db: Database): Promise<ProgramEdition | null> {
  const [row] = await db.select().from(editions).where(eq(editions.isCurrent, true)).limit(1);
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    title: loc(row.titleEn, row.titleRu),
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    timezone: row.timezone,
    zoneLabel: loc(row.zoneLabelEn, row.zoneLabelRu),
    venueName: loc(row.venueNameEn, row.venueNameRu),
    venueAddress: loc(row.venueAddressEn, row.venueAddressRu),
    programState: row.programState,
    updatedAt: iso(row.updatedAt),
  };
}

/** The current edition's programme, or null while there is none or it is hidden. */
export async function loadPublicProgram(db: Database): Promise<ProgramSnapshot | null> {
  const edition = await getCurrentEdition(db);
  if (!edition || edition.programState !== "published") return null;
  return loadProgram(db, edition);
}

/** The programme of one edition whatever its state (the admin's preview will use it too). */
export async function loadProgram(db: Database, edition: ProgramEdition): Promise<ProgramSnapshot> {
  const editionId = edition.id;
  // The links carry only their own columns and the people come once each (not
  // once per link, with every column), and the sessions leave their MDX bodies
  // out: at 150 sessions and 400 people that halves what PostgreSQL sends and
  // the driver decodes on every miss of the snapshot (npm run bench's programme part).
  const sessionsOfEdition = db.select({ id: programSessions.id }).from(programSessions).where(eq(programSessions.editionId, editionId));
  const [hallRows, trackRows, formatRows, sessionRows, linkRows, personRows] = await Promise.all([
    db.select().from(halls).where(eq(halls.editionId, editionId)).orderBy(asc(halls.position), asc(halls.id)),
    db.select().from(tracks).where(eq(tracks.editionId, editionId)).orderBy(asc(tracks.position), asc(tracks.id)),
    db.select().from(sessionFormats).where(eq(sessionFormats.editionId, editionId)).orderBy(asc(sessionFormats.position), asc(sessionFormats.id)),
    db
      .select({
        s: {
          id: programSessions.id,
          code: programSessions.code,
          slugEn: programSessions.slugEn,
          slugRu: programSessions.slugRu,
          titleEn: programSessions.titleEn,
          titleRu: programSessions.titleRu,
          summaryEn: programSessions.summaryEn,
          summaryRu: programSessions.summaryRu,
          formatId: programSessions.formatId,
          trackId: programSessions.trackId,
          hallId: programSessions.hallId,
          startsAt: programSessions.startsAt,
          endsAt: programSessions.endsAt,
          status: programSessions.status,
          previousStartsAt: programSessions.previousStartsAt,
          icsSequence: programSessions.icsSequence,
          createdAt: programSessions.createdAt,
          updatedAt: programSessions.updatedAt,
        },
        day: sql<string>`to_char(${programSessions.startsAt} AT TIME ZONE ${edition.timezone}, 'YYYY-MM-DD')`,
      })
      .from(programSessions)
      .leftJoin(halls, eq(halls.id, programSessions.hallId))
      .where(eq(programSessions.editionId, editionId))
      .orderBy(asc(programSessions.startsAt), sql`${halls.position} asc nulls first`, asc(programSessions.id)),
    db
      .select({ link: sessionPeople })
      .from(sessionPeople)
      .innerJoin(people, eq(people.id, sessionPeople.personId))
      .where(and(inArray(sessionPeople.sessionId, sessionsOfEdition), hasConsent))
      .orderBy(asc(sessionPeople.sessionId), asc(sessionPeople.position), asc(people.id)),
    db
      .select({
        p: {
          id: people.id,
          slug: people.slug,
          lastNameEn: people.lastNameEn,
          lastNameRu: people.lastNameRu,
          firstNameEn: people.firstNameEn,
          firstNameRu: people.firstNameRu,
          middleNameRu: people.middleNameRu,
          positionEn: people.positionEn,
          positionRu: people.positionRu,
          organisationEn: people.organisationEn,
          organisationRu: people.organisationRu,
          bioEn: people.bioEn,
          bioRu: people.bioRu,
          partnerId: people.partnerId,
          updatedAt: people.updatedAt,
        },
        photoSha: media.sha256,
        photoMime: media.mime,
        photoWidth: media.width,
        photoHeight: media.height,
      })
      .from(people)
      .leftJoin(media, eq(media.id, people.photoMediaId))
      .where(and(inArray(people.id, db.select({ id: sessionPeople.personId }).from(sessionPeople).where(inArray(sessionPeople.sessionId, sessionsOfEdition))), hasConsent)),
  ]);

  const personRowsById = new Map(personRows.map((row) => [row.p.id, row]));
  const linksBySession = new Map<number, SessionPersonLink[]>();
  // People in the order of their first link, as when they came with the links.
  const peopleById = new Map<number, ProgramPerson>();
  for (const { link } of linkRows) {
    const row = personRowsById.get(link.personId);
    if (!row) continue; // consent withdrawn between the two reads
    const { p, photoSha, photoMime, photoWidth, photoHeight } = row;
    const list = linksBySession.get(link.sessionId) ?? [];
    list.push({
      personId: p.id,
      role: link.role,
      order: link.position,
      position: loc(link.positionEn || p.positionEn, link.positionRu || p.positionRu),
      organisation: loc(link.organisationEn || p.organisationEn, link.organisationRu || p.organisationRu),
    });
    linksBySession.set(link.sessionId, list);
    if (!peopleById.has(p.id)) {
      peopleById.set(p.id, {
        id: p.id,
        slug: p.slug,
        lastName: loc(p.lastNameEn, p.lastNameRu),
        firstName: loc(p.firstNameEn, p.firstNameRu),
        middleNameRu: p.middleNameRu,
        position: loc(p.positionEn, p.positionRu),
        organisation: loc(p.organisationEn, p.organisationRu),
        bio: loc(p.bioEn, p.bioRu),
        photo: photoSha && photoMime && photoWidth && photoHeight ? { url: mediaPath(photoSha, photoMime), width: photoWidth, height: photoHeight } : null,
        partnerId: p.partnerId,
        updatedAt: iso(p.updatedAt),
      });
    }
  }
  const roleRank = (role: SessionRole) => ROLE_ORDER.indexOf(role);
  for (const list of linksBySession.values()) list.sort((a, b) => roleRank(a.role) - roleRank(b.role) || a.order - b.order);

  const sessions = sessionRows.map(({ s, day }): ProgramSessionItem => ({
    id: s.id,
    code: s.code,
    slug: loc(s.slugEn, s.slugRu),
    title: loc(s.titleEn, s.titleRu),
    summary: loc(s.summaryEn, s.summaryRu),
    formatId: s.formatId,
    trackId: s.trackId,
    hallId: s.hallId,
    startsAt: iso(s.startsAt),
    endsAt: iso(s.endsAt),
    day,
    status: s.status,
    previousStartsAt: s.previousStartsAt ? iso(s.previousStartsAt) : null,
    icsSequence: s.icsSequence,
    createdAt: iso(s.createdAt),
    updatedAt: iso(s.updatedAt),
    people: linksBySession.get(s.id) ?? [],
  }));

  return {
    edition,
    halls: hallRows.map((h) => ({ id: h.id, slug: h.slug, name: loc(h.nameEn, h.nameRu), directions: loc(h.directionsEn, h.directionsRu), position: h.position })),
    tracks: trackRows.map((t) => ({ id: t.id, slug: t.slug, name: loc(t.nameEn, t.nameRu), color: t.color, position: t.position })),
    formats: formatRows.map((f) => ({ id: f.id, key: f.key, name: loc(f.nameEn, f.nameRu), isService: f.isService, spansAllHalls: f.spansAllHalls, position: f.position })),
    days: [...new Set(sessions.map((s) => s.day))].sort(),
    sessions,
    people: [...peopleById.values()],
  };
}

/** A session's MDX bodies: kept out of the snapshot, which every programme page reads. */
export async function getSessionBodies(db: Database, editionId: number, code: string): Promise<Localized | null> {
  const [row] = await db
    .select({ en: programSessions.bodyEn, ru: programSessions.bodyRu })
    .from(programSessions)
    .where(and(eq(programSessions.editionId, editionId), eq(programSessions.code, code)))
    .limit(1);
  return row ?? null;
}
