// Writes used only by the demo seed's programme (lib/seed/program.ts). Each
// inserts what is missing and leaves what exists alone, so seeding twice
// changes nothing and never undoes a staff edit.
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { inTransaction } from "../transaction";
import {
  editions,
  halls,
  people,
  programSessions,
  sessionFormats,
  sessionPeople,
  tracks,
  type NewEdition,
  type NewPerson,
  type NewProgramSession,
} from "../schema";

/** The edition's id; it becomes current only when no edition is. */
export async function ensureEdition(db: Database, edition: NewEdition & { slug: string }): Promise<number> {
  await db.insert(editions).values(edition).onConflictDoNothing({ target: editions.slug });
  const [row] = await db.select({ id: editions.id }).from(editions).where(eq(editions.slug, edition.slug));
  if (!row) throw new Error(`edition ${edition.slug} missing after insert`);
  await db
    .update(editions)
    .set({ isCurrent: true })
    .where(and(eq(editions.id, row.id), sql`NOT EXISTS (SELECT 1 FROM ${editions} WHERE ${editions.isCurrent})`));
  return row.id;
}

export async function ensureHall(db: Database, hall: typeof halls.$inferInsert): Promise<number> {
  await db.insert(halls).values(hall).onConflictDoNothing({ target: [halls.editionId, halls.slug] });
  const [row] = await db.select({ id: halls.id }).from(halls).where(and(eq(halls.editionId, hall.editionId), eq(halls.slug, hall.slug)));
  return row!.id;
}

export async function ensureTrack(db: Database, track: typeof tracks.$inferInsert): Promise<number> {
  await db.insert(tracks).values(track).onConflictDoNothing({ target: [tracks.editionId, tracks.slug] });
  const [row] = await db.select({ id: tracks.id }).from(tracks).where(and(eq(tracks.editionId, track.editionId), eq(tracks.slug, track.slug)));
  return row!.id;
}

export async function ensureFormat(db: Database, format: typeof sessionFormats.$inferInsert): Promise<number> {
  await db.insert(sessionFormats).values(format).onConflictDoNothing({ target: [sessionFormats.editionId, sessionFormats.key] });
  const [row] = await db
    .select({ id: sessionFormats.id })
    .from(sessionFormats)
    .where(and(eq(sessionFormats.editionId, format.editionId), eq(sessionFormats.key, format.key)));
  return row!.id;
}

export async function ensurePerson(db: Database, person: NewPerson): Promise<{ id: number; added: boolean }> {
  const [inserted] = await db.insert(people).values(person).onConflictDoNothing({ target: people.slug }).returning({ id: people.id });
  if (inserted) return { id: inserted.id, added: true };
  const [row] = await db.select({ id: people.id }).from(people).where(eq(people.slug, person.slug));
  return { id: row!.id, added: false };
}

/**
 * Inserts a session with its people unless its code exists. The people are only
 * added with a new session: a staff edit of an existing session's people stays.
 */
export async function ensureSession(
  db: Database,
  session: NewProgramSession,
  links: { personId: number; role: "moderator" | "co_moderator" | "keynote" | "speaker"; position: number }[],
): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const [inserted] = await tx.insert(programSessions).values(session).onConflictDoNothing({ target: programSessions.code }).returning({ id: programSessions.id });
    if (!inserted) return false;
    if (links.length > 0) await tx.insert(sessionPeople).values(links.map((l) => ({ ...l, sessionId: inserted.id })));
    return true;
  });
}
