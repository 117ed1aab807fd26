// How the programme admin names an edition's dates and zone, in the editor's
// language. The zone itself stays the edition's: only its name changes
// ("Perm time, UTC+6" / "время пермское, UTC+6", as the public site says it).
import type { Edition } from "@/db/schema";
import { formatDate } from "@/lib/program/format";
import { offsetLabel } from "@/lib/program/time";
import type { Locale } from "@/lib/site-config";

/** One date never breaks across lines: "21 апреля 2012 г." would leave "г." alone on the next. */
const unbroken = (text: string) => text.replaceAll(" ", "\u00a0");

/** "April 19, 2012 – April 21, 2012" / "19 апреля 2012 г. – 21 апреля 2012 г.". */
export function editionDates(edition: Pick<Edition, "startsOn" | "endsOn">, locale: Locale): string {
  return `${unbroken(formatDate(edition.startsOn, locale))} – ${unbroken(formatDate(edition.endsOn, locale))}`;
}

export function zoneLabel(edition: Pick<Edition, "startsOn" | "timezone" | "zoneLabelEn" | "zoneLabelRu">, locale: Locale): string {
  return `${locale === "ru" ? edition.zoneLabelRu : edition.zoneLabelEn}, ${offsetLabel(`${edition.startsOn}T12:00:00Z`, edition.timezone)}`;
}
