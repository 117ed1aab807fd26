// What a news save writes into the audit log: which fields changed, and the
// action's name (a first publish or an unpublish is named as such, so the log
// can be filtered for them).
import type { NewsArticle } from "@/db/schema";

export function changedFields(before: NewsArticle | null, after: NewsArticle): string[] {
  if (!before) return [];
  const keys = ["title", "slug", "lede", "body", "author", "status", "translationGroup"] as const;
  const changed: string[] = keys.filter((k) => before[k] !== after[k]);
  if (before.publishedAt?.getTime() !== after.publishedAt?.getTime()) changed.push("publishedAt");
  return changed;
}

export function auditAction(before: NewsArticle | null, after: NewsArticle): string {
  if (!before) return after.status === "published" ? "publish" : "create";
  if (before.status !== after.status) return after.status === "published" ? "publish" : "unpublish";
  return "update";
}
