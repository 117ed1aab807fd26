// Every admin change leaves an audit entry: who, what, which record, when.
// Summaries hold field names and short values, never passwords or hashes.
import type { Database } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import type { LiveSession } from "@/db/queries/staff";

export type AuditAction = {
  action: string; // verb: "create", "update", "publish", "delete", "restore", "reorder", "upload", "disable", ...
  entity: string; // "news_article", "partner", "partner_role", "staff_user", "media"
  entityId?: string | number | null;
  summary?: Record<string, unknown>;
};

export async function recordAudit(db: Database, actor: Pick<LiveSession, "userId" | "email"> | null, entry: AuditAction): Promise<void> {
  await writeAudit(db, {
    actorId: actor?.userId ?? null,
    actorEmail: actor?.email ?? "system",
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    summary: entry.summary ?? {},
  });
}
