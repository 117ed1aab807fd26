import { and, desc, eq, gte, lte, type SQL } from "drizzle-orm";
import type { Database } from "../client";
import { auditLog, type AuditEntry, type NewAuditEntry } from "../schema";

export async function writeAudit(db: Database, entry: NewAuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}

export type AuditFilter = { entity?: string; action?: string; actorEmail?: string; from?: Date; to?: Date };

export async function listAudit(db: Database, filter: AuditFilter, { limit, offset }: { limit: number; offset: number }): Promise<AuditEntry[]> {
  const conditions: SQL[] = [];
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.actorEmail) conditions.push(eq(auditLog.actorEmail, filter.actorEmail));
  if (filter.from) conditions.push(gte(auditLog.at, filter.from));
  if (filter.to) conditions.push(lte(auditLog.at, filter.to));
  return db
    .select()
    .from(auditLog)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .offset(offset);
}
