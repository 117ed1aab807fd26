import "server-only";
// Pieces every programme document shares: the programme (or the 404 page
// while there is none or it is hidden), the zone label, the links to days,
// calendars and speakers.
import { getPublicProgram } from "@/lib/data/program";
import type { SiteText } from "@/lib/i18n/site-text";
import { formatDay } from "@/lib/program/format";
import { programPaths, webcalUrl } from "@/lib/program/paths";
import { offsetLabel } from "@/lib/program/time";
import { indexProgram, type ProgramIndex } from "@/lib/program/view";
import { isLocale, type Locale } from "@/lib/site-config";
import { absoluteUrl } from "@/lib/urls";

/** The locale and the published programme, or null (the caller answers the 404 page). */
export async function loadProgramFor(rawLocale: string): Promise<{ locale: Locale; index: ProgramIndex } | null> {
  if (!isLocale(rawLocale)) return null;
  const snapshot = await getPublicProgram();
  return snapshot ? { locale: rawLocale, index: indexProgram(snapshot) } : null;
}

/** "All times are Perm time, UTC+6": the offset of the zone during the forum, from the zone database. */
export function ZoneNote({ index, locale, t }: { index: ProgramIndex; locale: Locale; t: SiteText["program"] }) {
  const { edition, sessions } = index.snapshot;
  const at = sessions[0]?.startsAt ?? `${edition.startsOn}T12:00:00Z`;
  return <p className="program-zone">{t("zone", { label: edition.zoneLabel[locale], offset: offsetLabel(at, edition.timezone) })}</p>;
}

export function DayNav({ index, locale, current, t }: { index: ProgramIndex; locale: Locale; current: string | null; t: SiteText["program"] }) {
  return (
    <nav className="program-days" aria-label={t("days")}>
      <ul>
        <li>
          <a href={programPaths.program(locale)} aria-current={current === null ? "page" : undefined}>
            {t("allDays")}
          </a>
        </li>
        {index.snapshot.days.map((day) => (
          <li key={day}>
            <a href={programPaths.day(locale, day)} aria-current={current === day ? "page" : undefined}>
              {formatDay(day, locale)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function ProgramCalendars({ locale, t }: { locale: Locale; t: SiteText["program"] }) {
  const ics = programPaths.programIcs(locale);
  return (
    <ul className="program-links">
      <li>
        <a href={ics} type="text/calendar" download>
          {t("programIcs")}
        </a>
      </li>
      <li>
        <a href={webcalUrl(absoluteUrl(ics))}>{t("subscribe")}</a>
      </li>
      <li>
        <a href={programPaths.speakers(locale)}>{t("speakersTitle")}</a>
      </li>
      <li>
        <a href={`${programPaths.json()}?lang=${locale}`} type="application/json">
          {t("json")}
        </a>
      </li>
    </ul>
  );
}

