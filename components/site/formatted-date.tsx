import type { SiteText } from "@/lib/i18n/site-text";

export function FormattedDate({ iso, format }: { iso: string; format: SiteText["format"] }) {
  return <time dateTime={iso}>{format.dateTime(new Date(iso), { dateStyle: "long" })}</time>;
}
