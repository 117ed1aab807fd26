import type { SiteText } from "@/lib/i18n/site-text";
import { siteConfig } from "@/lib/site-config";

/** "April 19–21, 2012" / "19–21 апреля 2012 г.", in the locale's own format. */
export function ForumDates({ format }: { format: SiteText["format"] }) {
  const start = new Date(`${siteConfig.startsOn}T12:00:00Z`);
  const end = new Date(`${siteConfig.endsOn}T12:00:00Z`);
  return (
    <time dateTime={siteConfig.startsOn}>
      {format.dateTimeRange(start, end, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })}
    </time>
  );
}
