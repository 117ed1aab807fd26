import type { Locale } from "@/lib/site-config";
import { siteConfig } from "@/lib/site-config";

// Editors work in the forum's time zone; times are stored in UTC. One
// formatter per language: "27 Nov 2026, 14:40" / "27 нояб. 2026 г., 14:40".
const formatters: Record<Locale, Intl.DateTimeFormat> = {
  en: formatterFor("en-GB"),
  ru: formatterFor("ru-RU"),
};

function formatterFor(tag: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(tag, {
    timeZone: siteConfig.timeZone,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
}

/** A moment shown in Moscow time, in the admin's language (English unless told). */
export function SiteTime({ date, locale = "en" }: { date: Date; locale?: Locale }) {
  return <time dateTime={date.toISOString()}>{formatters[locale].format(date)}</time>;
}
