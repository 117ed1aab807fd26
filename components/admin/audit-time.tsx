import { siteConfig } from "@/lib/site-config";

// Editors work in the forum's time zone; times are stored in UTC.
const formatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: siteConfig.timeZone,
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** A moment shown in Moscow time, e.g. "27 Nov 2026, 14:40". */
export function SiteTime({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatter.format(date)}</time>;
}
