import "server-only";
// /<locale>/program and /<locale>/program/<day> as plain HTML documents
// (lib/html/site-page.tsx says why not the App Router), unfiltered (cached,
// no lifetime, tag `program`) or filtered by ?hall=&track=&format= (rendered
// per request by app/api/program-view, never stored, noindex, canonical to the
// unfiltered page). An unknown day or filter value answers the 404 page.
import { MdxBody } from "@/components/mdx/mdx-content";
import { FilterForm } from "@/components/site/program/filter-form";
import { ProgramList } from "@/components/site/program/program-list";
import { getPage } from "@/lib/content/pages";
import { perLocaleMemo } from "@/lib/per-locale-memo";
import { getCompiledBody } from "@/lib/data/news";
import { htmlDocumentResponse, notFoundResponse, renderSitePage } from "@/lib/html/site-page";
import { otherLocale } from "@/lib/i18n/route-locale";
import { siteText } from "@/lib/i18n/site-text";
import { formatDate, formatDay } from "@/lib/program/format";
import { programPaths } from "@/lib/program/paths";
import { groupProgram, isFiltered, matchesFilter, NO_FILTER, resolveFilter } from "@/lib/program/view";
import { defaultLocale, isLocale, siteConfig, type Locale } from "@/lib/site-config";
import { pageGraph } from "@/lib/structured-data";
import { DayNav, loadProgramFor, ProgramCalendars, ZoneNote } from "./common";

/**
 * content/<locale>/program.mdx, read and parsed once per process in production
 * (it ships with the code): each programme render after a save read the file
 * and parsed its YAML again, about a millisecond of a render.
 */
const programIntro = perLocaleMemo((locale) => getPage(locale, "program"));

export type RawFilter = { hall?: string; track?: string; format?: string };

export async function programResponse(rawLocale: string, day: string | null, rawFilter: RawFilter | null, devOrigin: string | null): Promise<Response> {
  const fallback: Locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const loaded = await loadProgramFor(rawLocale);
  if (!loaded) return notFoundResponse(fallback, devOrigin);
  const { locale, index } = loaded;
  const { snapshot } = index;
  if (day !== null && !snapshot.days.includes(day)) return notFoundResponse(locale, devOrigin);
  const filter = rawFilter ? resolveFilter(index, rawFilter) : NO_FILTER;
  if (!filter) return notFoundResponse(locale, devOrigin);

  const shown = snapshot.sessions.filter((s) => (day === null || s.day === day) && matchesFilter(index, s, filter));
  const groups = groupProgram(shown, day ? [day] : snapshot.days);
  const pathOf = (l: Locale) => (day ? programPaths.day(l, day) : programPaths.program(l));
  const other = otherLocale(locale);
  const name = siteConfig.name[locale];
  const { program: pt, site } = await siteText(locale);
  const title = day ? pt("dayTitle", { date: formatDate(day, locale) }) : pt("title");
  const crumbs = [
    { name: site("home"), path: `/${locale}` },
    { name: pt("title"), path: programPaths.program(locale) },
    ...(day ? [{ name: title, path: programPaths.day(locale, day) }] : []),
  ];
  // The introduction stays an event page in content/ (edited in git), shown above the whole programme.
  const intro = day === null ? await programIntro(locale) : null;
  const introCompiled = intro ? await getCompiledBody({ body: intro.body }) : null;
  const html = await renderSitePage({
    locale,
    meta: {
      locale,
      title,
      description: day ? pt("dayDescription", { name, date: formatDate(day, locale) }) : pt("description", { name }),
      path: pathOf(locale),
      alternates: { [locale]: pathOf(locale), [other]: pathOf(other) },
      noindex: isFiltered(filter),
    },
    current: "page:program",
    alternateHref: pathOf(other),
    main: (text) => {
      const t = text.program;
      const filterWords = [filter.hall?.name[locale], filter.track?.name[locale], filter.format?.name[locale]].filter(Boolean).join(", ");
      return (
        <main id="main" tabIndex={-1} className="container page page--program">
          <h1>{day ? t("dayTitle", { date: formatDay(day, locale, true) }) : t("title")}</h1>
          {intro && introCompiled ? <MdxBody source={intro.body} compiled={introCompiled} label={`page ${locale}/program`} /> : null}
          <ZoneNote index={index} locale={locale} t={t} />
          <DayNav index={index} locale={locale} current={day} t={t} />
          <FilterForm index={index} filter={filter} action={pathOf(locale)} locale={locale} t={t} />
          {isFiltered(filter) ? <p className="program-filtered">{t("filtered", { filter: filterWords })}</p> : null}
          {groups.length > 0 ? (
            <ProgramList index={index} groups={groups} locale={locale} t={t} dayHeadings={day === null} />
          ) : (
            <p className="program-empty">{t("noMatch")}</p>
          )}
          <h2 className="program-links__title">{t("calendars")}</h2>
          <ProgramCalendars locale={locale} t={t} />
        </main>
      );
    },
    partnerWall: true,
    devOrigin,
    structuredData: pageGraph(locale, { path: pathOf(locale), title, crumbs }),
  });
  return htmlDocumentResponse(html);
}
