// Reads behind the programme admin: the current edition whatever its state
// (staff see a hidden programme), its sessions with what the list shows, one
// session with its people for the editor, and the choices the editor offers.
// Unlike db/queries/program.ts (the public reads) nothing here is gated by
// consent: staff must see everyone to link them.
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { editions, halls, people, programSessions, sessionFormats, sessionPeople, tracks, type Edition, type ProgramSession } from "../schema";

export async function getCurrentEdition(db: Database): Promise<Edition | null> {
  const [edition] = await db.select().from(editions).where(eq(editions.isCurrent, true)).limit(1);
  return edition ?? null;
}

export type AdminSessionRow = {
  id: number;
  code: string;
  titleEn: string;
  titleRu: string;
  startsAt: Date;
  endsAt: Date;
  status: ProgramSession["status"];
  hallId: number | null;
  formatNameEn: string;
  isService: boolean;
  peopleCount: number;
};

/** Every session of an edition in time order, with its format and how many people it lists. */
export async function listAdminSessions(db: Database, editionId: number): Promise<AdminSessionRow[]> {
  const peopleCount = db
    .select({ sessionId: sessionPeople.sessionId, n: count().as("n") })
    .from(sessionPeople)
    .groupBy(sessionPeople.sessionId)
    .as("people_count");
  const rows = await db
    .select({
      id: programSessions.id,
      code: programSessions.code,
      titleEn: programSessions.titleEn,
      titleRu: programSessions.titleRu,
      startsAt: programSessions.startsAt,
      endsAt: programSessions.endsAt,
      status: programSessions.status,
      hallId: programSessions.hallId,
      formatNameEn: sessionFormats.nameEn,
      isService: sessionFormats.isService,
      peopleCount: sql<number>`coalesce(${peopleCount.n}, 0)::int`,
    })
    .from(programSessions)
    .innerJoin(sessionFormats, eq(sessionFormats.id, programSessions.formatId))
    .leftJoin(peopleCount, eq(peopleCount.sessionId, programSessions.id))
    .where(eq(programSessions.editionId, editionId))
    .orderBy(asc(programSessions.startsAt), asc(programSessions.code));
  return rows;
}

type AdminSessionPerson = {
  personId: number;
  role: "moderator" | "co_moderator" | "keynote" | "speaker";
  positionEn: string;
  positionRu: string;
  organisationEn: string;
  organisationRu: string;
};

export type AdminSession = ProgramSession & { people: AdminSessionPerson[] };

export async function getAdminSession(db: Database, id: number): Promise<AdminSession | null> {
  const [session] = await db.select().from(programSessions).where(eq(programSessions.id, id));
  if (!session) return null;
  const links = await db
    .select({
      personId: sessionPeople.personId,
      role: sessionPeople.role,
      positionEn: sessionPeople.positionEn,
      positionRu: sessionPeople.positionRu,
      organisationEn: sessionPeople.organisationEn,
      organisationRu: sessionPeople.organisationRu,
    })
    .from(sessionPeople)
    .where(eq(sessionPeople.sessionId, id))
    .orderBy(sql`array_position(array['moderator','co_moderator','keynote','speaker']::session_role[], ${sessionPeople.role})`, asc(sessionPeople.position));
  return { ...session, people: links };
}

export type PersonChoice = {
  id: number;
  slug: string;
  nameEn: string;
  nameRu: string;
  positionEn: string;
  positionRu: string;
  organisationEn: string;
  organisationRu: string;
  hasConsent: boolean;
};

export type SessionChoices = {
  halls: { id: number; nameEn: string }[];
  tracks: { id: number; nameEn: string }[];
  formats: { id: number; nameEn: string; isService: boolean }[];
  people: PersonChoice[];
};

/** What the session editor's lists offer: this edition's halls, tracks and formats, and every person. */
export async function getSessionChoices(db: Database, editionId: number): Promise<SessionChoices> {
  const [hallRows, trackRows, formatRows, personRows] = await Promise.all([
    db.select({ id: halls.id, nameEn: halls.nameEn }).from(halls).where(eq(halls.editionId, editionId)).orderBy(asc(halls.position), asc(halls.id)),
    db.select({ id: tracks.id, nameEn: tracks.nameEn }).from(tracks).where(eq(tracks.editionId, editionId)).orderBy(asc(tracks.position), asc(tracks.id)),
    db
      .select({ id: sessionFormats.id, nameEn: sessionFormats.nameEn, isService: sessionFormats.isService })
      .from(sessionFormats)
      .where(eq(sessionFormats.editionId, editionId))
      .orderBy(asc(sessionFormats.position), asc(sessionFormats.id)),
    db.select().from(people).orderBy(asc(people.lastNameEn), asc(people.firstNameEn), asc(people.id)),
  ]);
  return {
    halls: hallRows,
    tracks: trackRows,
    formats: formatRows,
    people: personRows.map((p) => ({
      id: p.id,
      slug: p.slug,
      nameEn: `${p.lastNameEn} ${p.firstNameEn}`.trim(),
      nameRu: [p.lastNameRu, p.firstNameRu, p.middleNameRu].filter(Boolean).join(" "),
      positionEn: p.positionEn,
      positionRu: p.positionRu,
      organisationEn: p.organisationEn,
      organisationRu: p.organisationRu,
      hasConsent: p.consentAt !== null,
    })),
  };
}

/** Slugs of people by id (for the speaker pages a session save makes stale). */
export async function personSlugs(db: Database, ids: number[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.select({ slug: people.slug }).from(people).where(inArray(people.id, ids));
  return rows.map((r) => r.slug);
}

/** A session's edition, for a save that must know the zone its times are typed in. */
export async function getSessionEdition(db: Database, sessionId: number): Promise<Edition | null> {
  const [row] = await db
    .select({ edition: editions })
    .from(programSessions)
    .innerJoin(editions, eq(editions.id, programSessions.editionId))
    .where(and(eq(programSessions.id, sessionId)));
  return row?.edition ?? null;
}
