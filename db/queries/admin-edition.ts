// The edition's settings and programme state (admins only, checked by the
// action). A save names the version it edited and is refused when someone
// saved in between, as every admin editor does.
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { editions, type Edition } from "../schema";

export type EditionWrite = Pick<
  Edition,
  | "titleEn"
  | "titleRu"
  | "startsOn"
  | "endsOn"
  | "timezone"
  | "zoneLabelEn"
  | "zoneLabelRu"
  | "venueNameEn"
  | "venueNameRu"
  | "venueAddressEn"
  | "venueAddressRu"
  | "programState"
>;

export type EditionSaveResult =
  | { ok: true; edition: Edition; before: Edition }
  | { ok: false; reason: "missing" }
  | { ok: false; reason: "conflict"; currentVersion: number };

export async function updateEdition(db: Database, id: number, expectedVersion: number, write: EditionWrite): Promise<EditionSaveResult> {
  const [before] = await db.select().from(editions).where(eq(editions.id, id)).for("update");
  if (!before) return { ok: false, reason: "missing" };
  if (before.version !== expectedVersion) return { ok: false, reason: "conflict", currentVersion: before.version };
  const [edition] = await db
    .update(editions)
    .set({ ...write, version: sql`${editions.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(editions.id, id), eq(editions.version, expectedVersion)))
    .returning();
  return { ok: true, edition: edition!, before };
}
