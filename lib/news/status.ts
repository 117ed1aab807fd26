// What an editor calls an article's state. The database knows only draft and
// published; a published article whose time has not come yet is "scheduled".
export type DisplayStatus = "draft" | "scheduled" | "published";

export function displayStatus(status: "draft" | "published", publishedAt: Date | null, now: Date = new Date()): DisplayStatus {
  if (status === "draft") return "draft";
  return publishedAt && publishedAt.getTime() > now.getTime() ? "scheduled" : "published";
}
