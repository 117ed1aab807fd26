// Writes and checks of the programme for the coming admin editor (issue 9).
// A save follows the news editor's conventions: it names the version it
// edited and is refused, with nothing saved, when someone saved in between;
// SEQUENCE of the session's calendar entry goes up by one when its time, hall
// or status change (db/ics-sequence.ts); references are checked inside
// the transaction, so a hall of another edition or an unknown person is a
// clear refusal rather than a foreign-key error.
import { randomInt } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { inTransaction } from "../transaction";
import { editions, halls, people, programSessions, sessionFormats, sessionPeople, tracks } from "../schema";
import { nextIcsSequence } from "../ics-sequence";

type SessionRoleValue = "moderator" | "co_moderator" | "keynote" | "speaker";

export type SessionWrite = {
  titleEn: string;
  titleRu: string;
  slugEn: string;
  slugRu: string;
  summaryEn: string;
  summaryRu: string;
  bodyEn: string;
  bodyRu: string;
  formatId: number;
  trackId: number | null;
  hallId: number | null;
  startsAt: Date;
  endsAt: Date;
  status: "scheduled" | "rescheduled" | "moved_online" | "cancelled";
  people: { personId: number; role: SessionRoleValue; positionEn: string; positionRu: string; organisationEn: string; organisationRu: string }[];
};

export type SessionSaveResult =
  | { ok: true; id: number; code: string; version: number; icsSequence: number; personIds: { before: number[]; after: number[] } }
  | { ok: false; reason: "missing" }
  | { ok: false; reason: "conflict"; currentVersion: number }
  | { ok: false; reason: "invalid"; field: string; message: string; problem: SessionProblem; values?: Record<string, string> };

/**
 * Which refusal it is, so the admin can say it in the editor's language
 * (messages/admin/<locale>/programSessions.json, "problems"); `message` is the
 * English text, `values` what the words name.
 */
type SessionProblem =
  | "endBeforeStart"
  | "rescheduledNew"
  | "rescheduledNeedsTime"
  | "formatOfEdition"
  | "serviceHasNoPeople"
  | "hallOfEdition"
  | "trackOfEdition"
  | "personListedTwice"
  | "unknownPeople";

class Abort extends Error {
  constructor(readonly result: Exclude<SessionSaveResult, { ok: true }>) {
    super(result.reason);
  }
}

const ROLE_ORDER: SessionRoleValue[] = ["moderator", "co_moderator", "keynote", "speaker"];

/** Letters and digits a code is made of: no 0/O or 1/I, which people misread when they type a code. */
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A new session's public code: six random characters of CODE_ALPHABET (32^6, about a billion). */
export function newSessionCode(): string {
  return Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

/**
 * Creates a session in an edition with a fresh code (drawn again on the rare
 * clash with an existing one) and its people; the same checks as a save.
 */
export async function createSession(db: Database, editionId: number, write: SessionWrite, drawCode: () => string = newSessionCode): Promise<SessionSaveResult> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = drawCode();
    try {
      return await inTransaction(db, async (tx) => {
        await checkReferences(tx, editionId, write);
        if (write.endsAt <= write.startsAt) throw new Abort({ ok: false, reason: "invalid", field: "end", message: "The session must end after it starts.", problem: "endBeforeStart" });
        if (write.status === "rescheduled") throw new Abort({ ok: false, reason: "invalid", field: "status", message: "A new session has no earlier time to be rescheduled from.", problem: "rescheduledNew" });
        const { people: links, ...fields } = write;
        const [created] = await tx
          .insert(programSessions)
          .values({ ...fields, editionId, code, previousStartsAt: null })
          .onConflictDoNothing({ target: programSessions.code })
          .returning({ id: programSessions.id, version: programSessions.version, icsSequence: programSessions.icsSequence });
        if (!created) throw new CodeTaken();
        await insertLinks(tx, created.id, links);
        return { ok: true as const, id: created.id, code, version: created.version, icsSequence: created.icsSequence, personIds: { before: [], after: links.map((l) => l.personId) } };
      });
    } catch (error) {
      if (error instanceof Abort) return error.result;
      if (!(error instanceof CodeTaken)) throw error;
    }
  }
  throw new Error("could not draw a free session code in 5 attempts");
}

class CodeTaken extends Error {}

async function insertLinks(tx: Database, sessionId: number, links: SessionWrite["people"]): Promise<void> {
  const orderInRole = new Map<SessionRoleValue, number>();
  const rows = [...links]
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role))
    .map((link) => {
      const position = orderInRole.get(link.role) ?? 0;
      orderInRole.set(link.role, position + 1);
      return { ...link, sessionId, position };
    });
  if (rows.length > 0) await tx.insert(sessionPeople).values(rows);
}

export async function updateSession(db: Database, id: number, expectedVersion: number, write: SessionWrite): Promise<SessionSaveResult> {
  try {
    return await inTransaction(db, async (tx) => {
      const [current] = await tx.select().from(programSessions).where(eq(programSessions.id, id)).for("update");
      if (!current) throw new Abort({ ok: false, reason: "missing" });
      if (current.version !== expectedVersion) throw new Abort({ ok: false, reason: "conflict", currentVersion: current.version });
      await checkReferences(tx, current.editionId, write);
      if (write.endsAt <= write.startsAt) throw new Abort({ ok: false, reason: "invalid", field: "end", message: "The session must end after it starts.", problem: "endBeforeStart" });

      const icsSequence = nextIcsSequence(
        current.icsSequence,
        { startsAt: current.startsAt.toISOString(), endsAt: current.endsAt.toISOString(), hallId: current.hallId, status: current.status },
        { startsAt: write.startsAt.toISOString(), endsAt: write.endsAt.toISOString(), hallId: write.hallId, status: write.status },
      );
      // A reschedule keeps the start it moved from (schema.org previousStartDate); the first one counts.
      const moved = current.startsAt.getTime() !== write.startsAt.getTime();
      const previousStartsAt = write.status === "rescheduled" ? (current.previousStartsAt ?? (moved ? current.startsAt : null)) : null;
      if (write.status === "rescheduled" && !previousStartsAt) {
        throw new Abort({ ok: false, reason: "invalid", field: "status", message: "A rescheduled session needs a new start time.", problem: "rescheduledNeedsTime" });
      }

      const { people: links, ...fields } = write;
      const [saved] = await tx
        .update(programSessions)
        .set({ ...fields, previousStartsAt, icsSequence, version: sql`${programSessions.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(programSessions.id, id), eq(programSessions.version, expectedVersion)))
        .returning({ version: programSessions.version, icsSequence: programSessions.icsSequence });

      const before = await tx.select({ personId: sessionPeople.personId }).from(sessionPeople).where(eq(sessionPeople.sessionId, id));
      await tx.delete(sessionPeople).where(eq(sessionPeople.sessionId, id));
      await insertLinks(tx, id, links);
      return {
        ok: true as const,
        id,
        code: current.code,
        version: saved!.version,
        icsSequence: saved!.icsSequence,
        personIds: { before: before.map((r) => r.personId), after: links.map((l) => l.personId) },
      };
    });
  } catch (error) {
    if (error instanceof Abort) return error.result;
    throw error;
  }
}

async function checkReferences(tx: Database, editionId: number, write: SessionWrite): Promise<void> {
  const invalid = (field: string, message: string, problem: SessionProblem, values?: Record<string, string>) =>
    new Abort({ ok: false, reason: "invalid", field, message, problem, ...(values ? { values } : {}) });
  const [format] = await tx.select().from(sessionFormats).where(and(eq(sessionFormats.id, write.formatId), eq(sessionFormats.editionId, editionId)));
  if (!format) throw invalid("formatId", "Choose a format of this edition.", "formatOfEdition");
  if (format.isService && write.people.length > 0) throw invalid("people", `${format.nameEn} has no speakers: remove the people or choose another format.`, "serviceHasNoPeople", { format: format.nameEn });
  if (write.hallId !== null) {
    const [hall] = await tx.select({ id: halls.id }).from(halls).where(and(eq(halls.id, write.hallId), eq(halls.editionId, editionId)));
    if (!hall) throw invalid("hallId", "Choose a hall of this edition.", "hallOfEdition");
  }
  if (write.trackId !== null) {
    const [track] = await tx.select({ id: tracks.id }).from(tracks).where(and(eq(tracks.id, write.trackId), eq(tracks.editionId, editionId)));
    if (!track) throw invalid("trackId", "Choose a track of this edition.", "trackOfEdition");
  }
  const ids = [...new Set(write.people.map((p) => p.personId))];
  if (ids.length !== write.people.length) throw invalid("people", "A person is listed twice.", "personListedTwice");
  if (ids.length > 0) {
    const found = new Set((await tx.select({ id: people.id }).from(people).where(inArray(people.id, ids))).map((r) => r.id));
    const missing = ids.filter((pid) => !found.has(pid));
    if (missing.length > 0) throw invalid("people", `Unknown person (id ${missing.join(", ")}): choose people from the list.`, "unknownPeople", { ids: missing.join(", ") });
  }
}

export type ScheduleWarning =
  | { kind: "hall-overlap"; hallId: number; codes: [string, string] }
  | { kind: "person-overlap"; personId: number; codes: [string, string] }
  | { kind: "outside-dates"; code: string; day: string };

/**
 * What an editor should look at, without blocking a save: two sessions in one
 * hall at once, a person in two sessions at once, a session outside the
 * edition's dates (its day in the edition's zone). Cancelled sessions clash
 * with nothing.
 */
export async function listScheduleWarnings(db: Database, editionId: number): Promise<ScheduleWarning[]> {
  const overlaps = sql`a.id < b.id AND a.edition_id = b.edition_id AND a.status <> 'cancelled' AND b.status <> 'cancelled' AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`;
  const hall = await db.execute<{ hall_id: number; a: string; b: string }>(sql`
    SELECT a.hall_id, a.code AS a, b.code AS b
    FROM ${programSessions} a JOIN ${programSessions} b ON a.hall_id = b.hall_id AND ${overlaps}
    WHERE a.edition_id = ${editionId} ORDER BY a.starts_at, a.code, b.code`);
  const person = await db.execute<{ person_id: number; a: string; b: string }>(sql`
    SELECT pa.person_id, a.code AS a, b.code AS b
    FROM ${sessionPeople} pa
    JOIN ${programSessions} a ON a.id = pa.session_id
    JOIN ${sessionPeople} pb ON pb.person_id = pa.person_id AND pb.session_id <> pa.session_id
    JOIN ${programSessions} b ON b.id = pb.session_id AND ${overlaps}
    WHERE a.edition_id = ${editionId} ORDER BY a.starts_at, a.code, b.code`);
  const outside = await db.execute<{ code: string; day: string }>(sql`
    SELECT s.code, to_char(s.starts_at AT TIME ZONE e.timezone, 'YYYY-MM-DD') AS day
    FROM ${programSessions} s JOIN ${editions} e ON e.id = s.edition_id
    WHERE s.edition_id = ${editionId}
      AND ((s.starts_at AT TIME ZONE e.timezone)::date < e.starts_on OR (s.ends_at AT TIME ZONE e.timezone)::date > e.ends_on)
    ORDER BY s.starts_at, s.code`);
  return [
    ...hall.rows.map((r) => ({ kind: "hall-overlap" as const, hallId: r.hall_id, codes: [r.a, r.b] as [string, string] })),
    ...person.rows.map((r) => ({ kind: "person-overlap" as const, personId: r.person_id, codes: [r.a, r.b] as [string, string] })),
    ...outside.rows.map((r) => ({ kind: "outside-dates" as const, code: r.code, day: r.day })),
  ];
}
