// Halls, tracks and session formats of an edition as staff edit them
// (/admin/program/halls, /tracks, /formats). The three lists work alike: a
// dense order (0, 1, 2, …) kept inside the transaction that changes it, a
// unique slug (key for formats) per edition refused with a message, and a
// delete refused, naming the sessions, while any session uses the item. The
// writes take the transaction adminWrite opened (lib/admin/write-action.ts).
import { and, asc, count, eq, getTableName, sql } from "drizzle-orm";
import type { Database } from "../client";
import { editions, halls, programSessions, sessionFormats, tracks, type Hall, type SessionFormat, type Track } from "../schema";
import { swapWithNeighbour } from "./admin-partners";

export type SetupKind = "hall" | "track" | "format";

// What a write of each kind takes: the columns its form edits (lib/validation/program-setup.ts's
// schemas produce them, and are checked against them there). Edition and position are the query's.
type HallFields = Pick<Hall, "slug" | "nameEn" | "nameRu" | "directionsEn" | "directionsRu">;
type TrackFields = Pick<Track, "slug" | "nameEn" | "nameRu" | "color">;
type FormatFields = Pick<SessionFormat, "key" | "nameEn" | "nameRu" | "isService" | "spansAllHalls">;

// The three tables share id, edition_id and position; the generic code below
// names them through one of them (halls), which types those columns the same.
type SetupTable = typeof halls;
const tables: Record<SetupKind, SetupTable> = { hall: halls, track: tracks as unknown as SetupTable, format: sessionFormats as unknown as SetupTable };
const usageColumn = { hall: programSessions.hallId, track: programSessions.trackId, format: programSessions.formatId } as const;
const usageColumnName = { hall: "hall_id", track: "track_id", format: "format_id" } as const;
const nouns: Record<SetupKind, string> = { hall: "hall", track: "track", format: "format" };

type SetupRow = { hall: Hall; track: Track; format: SessionFormat };
export type SetupFields = { hall: HallFields; track: TrackFields; format: FormatFields };
export type SetupListItem<K extends SetupKind> = SetupRow[K] & { sessionCount: number };

/** A refusal names the item that already has the slug (key), so the admin can say it in the editor's language. */
export type SetupWrite<K extends SetupKind> =
  | { ok: true; row: SetupRow[K]; previous?: SetupRow[K] }
  | { ok: false; field: string | null; message: string; taken?: { name: string; value: string } };

export type CurrentEdition = { id: number; slug: string; titleEn: string; titleRu: string };

export async function getCurrentEditionForAdmin(db: Database): Promise<CurrentEdition | null> {
  const [row] = await db.select({ id: editions.id, slug: editions.slug, titleEn: editions.titleEn, titleRu: editions.titleRu }).from(editions).where(eq(editions.isCurrent, true)).limit(1);
  return row ?? null;
}

/** Every item of the edition in order, each with how many sessions use it. */
export async function listSetupItems<K extends SetupKind>(db: Database, kind: K, editionId: number): Promise<SetupListItem<K>[]> {
  const table: SetupTable = tables[kind];
  // Spelled out: inside a subquery drizzle names columns without their table, and "id" would be the session's.
  const usage = sql`(select count(*)::int from program_sessions ps where ps.${sql.identifier(usageColumnName[kind])} = ${sql.identifier(getTableName(table))}.id)`;
  const rows = await db
    .select({ row: table, sessionCount: usage.mapWith(Number) })
    .from(table)
    .where(eq(table.editionId, editionId))
    .orderBy(asc(table.position), asc(table.id));
  return rows.map(({ row, sessionCount }) => ({ ...(row as unknown as SetupRow[K]), sessionCount }));
}

export async function getSetupItem<K extends SetupKind>(db: Database, kind: K, id: number): Promise<SetupListItem<K> | null> {
  const table: SetupTable = tables[kind];
  const [row] = await db.select().from(table).where(eq(table.id, id)).limit(1);
  if (!row) return null;
  const [counted] = await db.select({ n: count() }).from(programSessions).where(eq(usageColumn[kind], id));
  return { ...(row as unknown as SetupRow[K]), sessionCount: counted?.n ?? 0 };
}

/** The edition's rows of `table`, locked, in order: order changes of one list happen one after another. */
async function lockedOrder(tx: Database, table: SetupTable, editionId: number): Promise<number[]> {
  const rows = await tx.select({ id: table.id }).from(table).where(eq(table.editionId, editionId)).orderBy(asc(table.position), asc(table.id)).for("update");
  return rows.map((r) => r.id);
}

async function renumber(tx: Database, table: SetupTable, orderedIds: number[]): Promise<void> {
  for (const [position, id] of orderedIds.entries()) {
    await tx.update(table).set({ position }).where(and(eq(table.id, id), sql`${table.position} <> ${position}`));
  }
}

function keyOf(kind: SetupKind, fields: SetupFields[SetupKind]): { column: "slug" | "key"; value: string } {
  return kind === "format" ? { column: "key", value: (fields as FormatFields).key } : { column: "slug", value: (fields as HallFields).slug };
}

/** A refusal when another item of the edition already has this slug (key). */
async function keyTaken(tx: Database, kind: SetupKind, editionId: number, fields: SetupFields[SetupKind], exceptId: number | null) {
  const { column, value } = keyOf(kind, fields);
  const result = await tx.execute<{ name_en: string }>(
    sql`select name_en from ${tables[kind]} where edition_id = ${editionId} and ${sql.identifier(column)} = ${value} and id <> ${exceptId ?? 0} limit 1`,
  );
  const other = result.rows[0];
  if (!other) return null;
  const what = column === "key" ? "key" : "web name";
  return {
    ok: false as const,
    field: column,
    message: `The ${nouns[kind]} “${other.name_en}” already has the ${what} “${value}”. Choose another one.`,
    taken: { name: other.name_en, value },
  };
}

/** Adds an item at the end of the edition's list. */
export async function createSetupItem<K extends SetupKind>(tx: Database, kind: K, editionId: number, fields: SetupFields[K]): Promise<SetupWrite<K>> {
  const table: SetupTable = tables[kind];
  const order = await lockedOrder(tx, table, editionId);
  const taken = await keyTaken(tx, kind, editionId, fields, null);
  if (taken) return taken;
  const [row] = await tx
    .insert(table)
    .values({ ...(fields as object), editionId, position: order.length } as never)
    .returning();
  return { ok: true, row: row as unknown as SetupRow[K] };
}

export async function updateSetupItem<K extends SetupKind>(tx: Database, kind: K, id: number, fields: SetupFields[K]): Promise<SetupWrite<K> | null> {
  const table: SetupTable = tables[kind];
  const [previous] = await tx.select().from(table).where(eq(table.id, id)).for("update");
  if (!previous) return null;
  const taken = await keyTaken(tx, kind, previous.editionId, fields, id);
  if (taken) return taken;
  const [row] = await tx.update(table).set(fields as never).where(eq(table.id, id)).returning();
  return { ok: true, row: row as unknown as SetupRow[K], previous: previous as unknown as SetupRow[K] };
}

export type SetupDelete<K extends SetupKind> =
  | { ok: true; row: SetupRow[K] }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "in-use"; message: string; name: string; sessions: { code: string; titleEn: string }[] };

/** Deletes an item no session uses; one in use is refused with the sessions named. */
export async function deleteSetupItem<K extends SetupKind>(tx: Database, kind: K, id: number): Promise<SetupDelete<K>> {
  const table: SetupTable = tables[kind];
  const [current] = await tx.select({ editionId: table.editionId, nameEn: table.nameEn }).from(table).where(eq(table.id, id));
  if (!current) return { ok: false, reason: "not-found" };
  const order = await lockedOrder(tx, table, current.editionId);
  if (!order.includes(id)) return { ok: false, reason: "not-found" };
  // Lock the sessions that use it, so none is moved onto it while it goes.
  const users = await tx
    .select({ code: programSessions.code, titleEn: programSessions.titleEn })
    .from(programSessions)
    .where(eq(usageColumn[kind], id))
    .orderBy(asc(programSessions.startsAt), asc(programSessions.id))
    .for("update");
  if (users.length > 0) return { ok: false, reason: "in-use", message: inUseMessage(kind, current.nameEn, users), name: current.nameEn, sessions: users };
  const [row] = await tx.delete(table).where(eq(table.id, id)).returning();
  await renumber(
    tx,
    table,
    order.filter((other) => other !== id),
  );
  return { ok: true, row: row as unknown as SetupRow[K] };
}

function inUseMessage(kind: SetupKind, name: string, sessions: { code: string; titleEn: string }[]): string {
  const shown = sessions.slice(0, 5).map((s) => `“${s.titleEn}” (${s.code})`);
  const more = sessions.length > shown.length ? ` and ${sessions.length - shown.length} more` : "";
  const count = sessions.length === 1 ? "1 session uses" : `${sessions.length} sessions use`;
  const fix = kind === "format" ? "Give those sessions another format first." : `Move those sessions to another ${nouns[kind]} (or to none) first.`;
  return `The ${nouns[kind]} “${name}” was not deleted: ${count} it: ${shown.join(", ")}${more}. ${fix}`;
}

export type SetupMove = { ok: true; moved: boolean; editionId: number } | { ok: false; reason: "not-found" };

/** Swaps an item with its neighbour; at either end it stays where it is. */
export async function moveSetupItem(tx: Database, kind: SetupKind, id: number, direction: "up" | "down"): Promise<SetupMove> {
  const table: SetupTable = tables[kind];
  const [current] = await tx.select({ editionId: table.editionId }).from(table).where(eq(table.id, id));
  if (!current) return { ok: false, reason: "not-found" };
  const order = await lockedOrder(tx, table, current.editionId);
  const moved = swapWithNeighbour(order, id, direction);
  if (!moved) return order.includes(id) ? { ok: true, moved: false, editionId: current.editionId } : { ok: false, reason: "not-found" };
  await renumber(tx, table, moved);
  return { ok: true, moved: true, editionId: current.editionId };
}
