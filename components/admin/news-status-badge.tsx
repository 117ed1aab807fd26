import { displayStatus, statusLabels } from "@/lib/news/status";

/** Draft / Scheduled / Published, as the admin's badges show it. */
export function NewsStatusBadge({ status, publishedAt }: { status: "draft" | "published"; publishedAt: Date | null }) {
  const state = displayStatus(status, publishedAt);
  return <span className={`badge badge--${state}`}>{statusLabels[state]}</span>;
}
