import { and, asc, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import type { Database } from "../client";
import { auditLog, type AuditEntry, type NewAuditEntry } from "../schema";

export async function writeAudit(db: Database, entry: NewAuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}

// ---- The audit log page -----------------------------------------------------

/** Filters of the audit page: actor matched in any letter case; `from` inclusive, `before` exclusive. */
export type AuditSearch = { entity?: string; action?: string; actor?: string; from?: Date; before?: Date };

function searchConditions(filter: AuditSearch): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.actor) conditions.push(eq(sql`lower(${auditLog.actorEmail})`, filter.actor.toLowerCase()));
  if (filter.from) conditions.push(gte(auditLog.at, filter.from));
  if (filter.before) conditions.push(lt(auditLog.at, filter.before));
  return conditions.length ? and(...conditions) : undefined;
}

/** One page of entries, newest first, and the number of all entries that match. */
export async function searchAudit(
  db: Database,
  filter: AuditSearch,
  { limit, offset }: { limit: number; offset: number },
): Promise<{ entries: AuditEntry[]; total: number }> {
  const where = searchConditions(filter);
  const [entries, [totalRow]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { entries, total: totalRow?.n ?? 0 };
}

/** The values the filters can take, for the page's drop-downs. */
export async function listAuditFacets(db: Database): Promise<{ entities: string[]; actions: string[]; actors: string[] }> {
  const [entities, actions, actors] = await Promise.all([
    db.selectDistinct({ v: auditLog.entity }).from(auditLog).orderBy(asc(auditLog.entity)),
    db.selectDistinct({ v: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action)),
    db.selectDistinct({ v: auditLog.actorEmail }).from(auditLog).orderBy(asc(auditLog.actorEmail)),
  ]);
  return { entities: entities.map((r) => r.v), actions: actions.map((r) => r.v), actors: actors.map((r) => r.v) };
}
