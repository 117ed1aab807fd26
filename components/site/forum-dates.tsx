import type { SiteText } from "@/lib/i18n/site-text";
import { siteConfig } from "@/lib/site-config";

/**
 * The formatted range per formatter (one per locale: lib/i18n/site-text.ts). The dates
 * are the site's own constants, and Intl's formatRange cost about 0.25 ms on every
 * render of the header (a quarter of an article's own markup: npm run bench's miss
 * profile); a new formatter (development reloads messages) gets its own entry.
 */
const formattedRanges = new WeakMap<SiteText["format"], string>();

/** "April 19–21, 2012" / "19–21 апреля 2012 г.", in the locale's own format. */
export function ForumDates({ format }: { format: SiteText["format"] }) {
  let range = formattedRanges.get(format);
  if (range === undefined) {
    const start = new Date(`${siteConfig.startsOn}T12:00:00Z`);
    const end = new Date(`${siteConfig.endsOn}T12:00:00Z`);
    range = format.dateTimeRange(start, end, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    formattedRanges.set(format, range);
  }
  return <time dateTime={siteConfig.startsOn}>{range}</time>;
}
