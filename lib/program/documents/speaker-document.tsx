import "server-only";
// /<locale>/speakers/<slug>: a consented person's page, their sessions of the
// edition in programme order with role, day, time and hall, and a calendar of
// those sessions. Anyone else (unknown, or without consent) gets the 404 page.
import { SessionTime } from "@/components/site/program/session-time";
import { SessionStatus } from "@/components/site/program/session-facts";
import { htmlDocumentResponse, notFoundResponse, renderSitePage } from "@/lib/html/site-page";
import { otherLocale } from "@/lib/i18n/route-locale";
import { siteText } from "@/lib/i18n/site-text";
import { formatDay } from "@/lib/program/format";
import { fullName } from "@/lib/program/names";
import { programPaths } from "@/lib/program/paths";
import { sessionsOfPerson } from "@/lib/program/view";
import { defaultLocale, isLocale, siteConfig, type Locale } from "@/lib/site-config";
import { absoluteUrl } from "@/lib/urls";
import { pageGraph } from "@/lib/structured-data";
import { loadProgramFor, ZoneNote } from "./common";

export async function speakerResponse(rawLocale: string, slug: string, devOrigin: string | null): Promise<Response> {
  const fallback: Locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const loaded = await loadProgramFor(rawLocale);
  const person = loaded?.index.snapshot.people.find((p) => p.slug === slug);
  if (!loaded || !person) return notFoundResponse(fallback, devOrigin);
  const { locale, index } = loaded;
  const other = otherLocale(locale);
  const { program: t, site } = await siteText(locale);
  const tz = index.snapshot.edition.timezone;
  const name = fullName(person, locale);
  const job = [person.position[locale], person.organisation[locale]].filter(Boolean).join(", ");
  const sessions = sessionsOfPerson(index, person.id);
  const path = programPaths.speaker(locale, person.slug);
  const structuredData = pageGraph(locale, {
    path,
    title: name,
    crumbs: [
      { name: site("home"), path: `/${locale}` },
      { name: t("speakersTitle"), path: programPaths.speakers(locale) },
      { name, path },
    ],
  });
  // The person beside their page, in the page's one graph (consented people only reach here).
  (structuredData["@graph"] as unknown[]).push({
    "@type": "Person",
    name,
    url: absoluteUrl(programPaths.speaker(locale, person.slug)),
    ...(person.position[locale] ? { jobTitle: person.position[locale] } : {}),
    ...(person.organisation[locale] ? { worksFor: { "@type": "Organization", name: person.organisation[locale] } } : {}),
    ...(person.photo ? { image: absoluteUrl(person.photo.url) } : {}),
    "@id": `${absoluteUrl(path)}#person`,
  });
  const html = await renderSitePage({
    locale,
    meta: {
      locale,
      title: name,
      description: t("speakerDescription", { name, job: job || "—", forum: siteConfig.name[locale] }).slice(0, 300),
      path: programPaths.speaker(locale, person.slug),
      alternates: { [locale]: programPaths.speaker(locale, person.slug), [other]: programPaths.speaker(other, person.slug) },
    },
    current: "page:program",
    alternateHref: programPaths.speaker(other, person.slug),
    main: () => (
      <main id="main" tabIndex={-1} className="container page page--speaker">
        <article className="speaker-page">
          <header className="speaker-page__head">
            {person.photo ? <img className="speaker-page__photo" src={person.photo.url} alt="" width={person.photo.width} height={person.photo.height} /> : null}
            <h1>{name}</h1>
            {job ? <p className="lead">{job}</p> : null}
          </header>
          {person.bio[locale] ? <p className="speaker-page__bio">{person.bio[locale]}</p> : null}
          <section aria-labelledby="speaker-sessions">
            <h2 id="speaker-sessions">{t("speakerSessions")}</h2>
            <ZoneNote index={index} locale={locale} t={t} />
            <ul className="speaker-sessions">
              {sessions.map(({ session, link }) => (
                <li key={session.id} className={`speaker-sessions__item session--${session.status}`}>
                  <p className="speaker-sessions__when">
                    {formatDay(session.day, locale)}, <SessionTime startsAt={session.startsAt} endsAt={session.endsAt} timeZone={tz} />
                    {", "}
                    {index.hall(session.hallId)?.name[locale]} <SessionStatus session={session} timeZone={tz} t={t} />
                  </p>
                  <p className="speaker-sessions__title">
                    <span className="speaker-sessions__role">{t(`role_${link.role}`)}:</span>{" "}
                    <a href={programPaths.session(locale, session)}>{session.title[locale]}</a>
                  </p>
                </li>
              ))}
            </ul>
            <p>
              <a href={programPaths.speakerIcs(locale, person.slug)} type="text/calendar" download>
                {t("speakerIcs")}
              </a>
            </p>
          </section>
        </article>
        <p className="back-link">
          <a href={programPaths.speakers(locale)}>
            <span aria-hidden="true">←</span> {t("allSpeakers")}
          </a>
        </p>
      </main>
    ),
    partnerWall: true,
    devOrigin,
    structuredData,
  });
  return htmlDocumentResponse(html);
}
