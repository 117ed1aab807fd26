import { adminText } from "@/lib/i18n/admin-text";
import { displayStatus } from "@/lib/news/status";

/** Draft / Scheduled / Published (Черновик / Запланировано / Опубликовано), as the admin's badges show it. */
export async function NewsStatusBadge({ status, publishedAt }: { status: "draft" | "published"; publishedAt: Date | null }) {
  const { t } = await adminText("news");
  const state = displayStatus(status, publishedAt);
  return <span className={`badge badge--${state}`}>{t(`statusWords.${state}`)}</span>;
}
