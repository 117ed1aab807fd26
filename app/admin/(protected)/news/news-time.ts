// A news time as the editor reads it: always Moscow wall time (the editor's
// zone, lib/news/moscow-time.ts), written the way the reader's language writes
// dates ("21 Apr 2012, 15:30" / "21 апр. 2012 г., 15:30").
import { editorTimeZone, formatWallTime } from "@/lib/news/moscow-time";
import type { Locale } from "@/lib/site-config";

const russian = new Intl.DateTimeFormat("ru-RU", { timeZone: editorTimeZone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

export function newsTime(locale: Locale, date: Date): string {
  // English keeps exactly today's wording, which scripts and tests read.
  return locale === "ru" ? russian.format(date) : formatWallTime(date);
}
