import "server-only";
// /<locale>/speakers: every consented speaker and moderator of the current
// edition, filed by the first letter of the last name (an index of letters on
// top), with a GET search by name or organisation. The index is cached (tag
// `program`); a search is rendered per request by app/api/speakers-search,
// never stored, noindex, canonical to the index.
import type { ProgramPerson } from "@/db/queries/program";
import { htmlDocumentResponse, notFoundResponse, renderSitePage } from "@/lib/html/site-page";
import { otherLocale } from "@/lib/i18n/route-locale";
import { siteText } from "@/lib/i18n/site-text";
import { byLastName, displayName, indexLetter } from "@/lib/program/names";
import { programPaths } from "@/lib/program/paths";
import { defaultLocale, isLocale, siteConfig, type Locale } from "@/lib/site-config";
import { pageGraph } from "@/lib/structured-data";
import { loadProgramFor } from "./common";

/** Case- and ё-insensitive matching of a search against names and organisations in both locales. */
function normalise(value: string): string {
  return value.toLocaleLowerCase("ru").replace(/ё/g, "е").replace(/\s+/g, " ").trim();
}

function matchesQuery(person: ProgramPerson, query: string): boolean {
  const q = normalise(query);
  const fields = [
    `${person.firstName.en} ${person.lastName.en}`,
    `${person.lastName.en} ${person.firstName.en}`,
    `${person.firstName.ru} ${person.middleNameRu} ${person.lastName.ru}`,
    `${person.lastName.ru} ${person.firstName.ru} ${person.middleNameRu}`,
    person.organisation.en,
    person.organisation.ru,
  ];
  return fields.some((field) => normalise(field).includes(q));
}

export async function speakersResponse(rawLocale: string, query: string | null, devOrigin: string | null): Promise<Response> {
  const fallback: Locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const loaded = await loadProgramFor(rawLocale);
  if (!loaded) return notFoundResponse(fallback, devOrigin);
  const { locale, index } = loaded;
  const other = otherLocale(locale);
  const { program: t, site } = await siteText(locale);
  const people = [...index.snapshot.people].filter((p) => query === null || matchesQuery(p, query)).sort(byLastName(locale));
  const letters: { letter: string; people: ProgramPerson[] }[] = [];
  for (const person of people) {
    const letter = indexLetter(person, locale);
    const last = letters.at(-1);
    if (last?.letter === letter) last.people.push(person);
    else letters.push({ letter, people: [person] });
  }
  const html = await renderSitePage({
    locale,
    meta: {
      locale,
      title: query === null ? t("speakersTitle") : t("searchTitle", { query }),
      description: t("speakersDescription", { name: siteConfig.name[locale] }),
      path: programPaths.speakers(locale),
      alternates: { [locale]: programPaths.speakers(locale), [other]: programPaths.speakers(other) },
      noindex: query !== null,
    },
    current: "page:program",
    alternateHref: programPaths.speakers(other),
    main: () => (
      <main id="main" tabIndex={-1} className="container page page--speakers">
        <h1>{t("speakersTitle")}</h1>
        <form className="speaker-search" method="get" action={programPaths.speakers(locale)} role="search" aria-label={t("searchLabel")}>
          <label htmlFor="speaker-q">{t("searchLabel")}</label>
          <input id="speaker-q" name="q" type="search" defaultValue={query ?? ""} maxLength={100} />
          <button type="submit" className="button button--primary">
            {t("search")}
          </button>
        </form>
        {query !== null ? (
          <p className="speaker-search__result">
            {people.length > 0 ? t("found", { count: people.length }) : t("noneFound")}{" "}
            <a href={programPaths.speakers(locale)}>{t("allSpeakers")}</a>
          </p>
        ) : null}
        {letters.length > 1 ? (
          <nav className="letter-index" aria-label={t("letters")}>
            <ul>
              {letters.map(({ letter }) => (
                <li key={letter}>
                  <a href={`#letter-${letter}`}>{letter}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {letters.map(({ letter, people: group }) => (
          <section key={letter} className="speaker-group" aria-labelledby={`letter-${letter}`}>
            <h2 id={`letter-${letter}`}>{letter}</h2>
            <ul className="speaker-list">
              {group.map((person) => (
                <li key={person.id} className="speaker-card">
                  <a className="speaker-card__name" href={programPaths.speaker(locale, person.slug)}>
                    {displayName(person, locale)}
                  </a>
                  <span className="speaker-card__job">{[person.position[locale], person.organisation[locale]].filter(Boolean).join(", ")}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <p className="back-link">
          <a href={programPaths.program(locale)}>
            <span aria-hidden="true">←</span> {t("backToProgram")}
          </a>
        </p>
      </main>
    ),
    partnerWall: true,
    devOrigin,
    structuredData: pageGraph(locale, {
      path: programPaths.speakers(locale),
      title: t("speakersTitle"),
      crumbs: [
        { name: site("home"), path: `/${locale}` },
        { name: t("title"), path: programPaths.program(locale) },
        { name: t("speakersTitle"), path: programPaths.speakers(locale) },
      ],
    }),
  });
  return htmlDocumentResponse(html);
}
