import "server-only";
// /<locale>/program/<CODE>-<slug>: one session as a plain HTML document. The
// code decides; a missing, old or wrong slug answers 301 to the current one (a
// real 301, which an App Router page cannot give). Unknown codes and sessions
// without a page (registration, breaks) answer the 404 page, never stored.
import { MdxBody } from "@/components/mdx/mdx-content";
import { SessionFacts, SessionStatus } from "@/components/site/program/session-facts";
import { SessionPeople } from "@/components/site/program/session-people";
import { SessionTime } from "@/components/site/program/session-time";
import type { ProgramSessionItem } from "@/db/queries/program";
import { getCompiledSessionBody } from "@/lib/data/program";
import { htmlDocumentResponse, notFoundResponse, renderSitePage } from "@/lib/html/site-page";
import { otherLocale } from "@/lib/i18n/route-locale";
import { siteText } from "@/lib/i18n/site-text";
import { formatDay } from "@/lib/program/format";
import { fullName } from "@/lib/program/names";
import { programPaths } from "@/lib/program/paths";
import { datetimeWithOffset } from "@/lib/program/time";
import { hasPage, sessionPeopleOf, type ProgramIndex } from "@/lib/program/view";
import { defaultLocale, isLocale, siteConfig, type Locale } from "@/lib/site-config";
import { absoluteUrl } from "@/lib/urls";
import { pageGraph } from "@/lib/structured-data";
import { loadProgramFor, ZoneNote } from "./common";

export async function sessionResponse(rawLocale: string, code: string, slug: string | null, devOrigin: string | null): Promise<Response> {
  const fallback: Locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const loaded = await loadProgramFor(rawLocale);
  const session = loaded?.index.snapshot.sessions.find((s) => s.code === code);
  if (!loaded || !session || !hasPage(loaded.index, session)) return notFoundResponse(fallback, devOrigin);
  const { locale, index } = loaded;
  if (slug !== session.slug[locale]) {
    return new Response(null, { status: 301, headers: { Location: absoluteUrl(programPaths.session(locale, session)) } });
  }
  const tz = index.snapshot.edition.timezone;
  const other = otherLocale(locale);
  const body = await getCompiledSessionBody(index.snapshot.edition.id, session.code, locale);
  const { program: t, site } = await siteText(locale);
  const path = programPaths.session(locale, session);
  const structuredData = pageGraph(locale, {
    path,
    title: session.title[locale],
    crumbs: [
      { name: site("home"), path: `/${locale}` },
      { name: t("title"), path: programPaths.program(locale) },
      { name: formatDay(session.day, locale), path: programPaths.day(locale, session.day) },
      { name: session.title[locale], path },
    ],
  });
  // The session itself beside its page, in the page's one graph.
  (structuredData["@graph"] as unknown[]).push(eventJsonLd(index, session, locale));
  const html = await renderSitePage({
    locale,
    meta: {
      locale,
      title: session.title[locale],
      description: (session.summary[locale] || `${formatDay(session.day, locale)}, ${index.hall(session.hallId)?.name[locale] ?? ""}`).slice(0, 300),
      path: programPaths.session(locale, session),
      alternates: { [locale]: programPaths.session(locale, session), [other]: programPaths.session(other, session) },
    },
    current: "page:program",
    alternateHref: programPaths.session(other, session),
    main: () => (
      <main id="main" tabIndex={-1} className="container page page--session">
        <article className={`session-page session--${session.status}`}>
          <header className="session-page__head">
            <p className="session-page__when">
              <a href={programPaths.day(locale, session.day)}>{formatDay(session.day, locale)}</a>,{" "}
              <SessionTime startsAt={session.startsAt} endsAt={session.endsAt} timeZone={tz} />{" "}
              <SessionStatus session={session} timeZone={tz} t={t} />
            </p>
            <h1>{session.title[locale]}</h1>
            <SessionFacts index={index} session={session} locale={locale} t={t} />
            <ZoneNote index={index} locale={locale} t={t} />
          </header>
          {session.summary[locale] ? <p className="lead">{session.summary[locale]}</p> : null}
          {body ? <MdxBody source={body.source} compiled={body.compiled} label={`session ${locale}/${session.code}`} /> : null}
          {session.people.length > 0 ? (
            <section className="session-page__people" aria-labelledby="session-people">
              <h2 id="session-people">{t("people")}</h2>
              <SessionPeople index={index} session={session} locale={locale} t={t} />
            </section>
          ) : null}
          <ul className="program-links">
            <li>
              <a href={programPaths.sessionIcs(locale, session.code)} type="text/calendar" download>
                {t("sessionIcs")}
              </a>
            </li>
            <li>
              <a href={programPaths.programIcs(locale)} type="text/calendar" download>
                {t("programIcs")}
              </a>
            </li>
          </ul>
        </article>
        <p className="back-link">
          <a href={programPaths.day(locale, session.day)}>
            <span aria-hidden="true">←</span> {t("backToDay", { date: formatDay(session.day, locale, true) })}
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

const EVENT_STATUS = {
  scheduled: "https://schema.org/EventScheduled",
  rescheduled: "https://schema.org/EventRescheduled",
  moved_online: "https://schema.org/EventMovedOnline",
  cancelled: "https://schema.org/EventCancelled",
} as const;

/** schema.org Event: times with offset, the hall and venue, the state, the consented people as performers, the forum as superEvent. */
function eventJsonLd(index: ProgramIndex, session: ProgramSessionItem, locale: Locale) {
  const { edition } = index.snapshot;
  const tz = edition.timezone;
  const hall = index.hall(session.hallId);
  return {
    "@type": "Event",
    "@id": `${absoluteUrl(programPaths.session(locale, session))}#event`,
    name: session.title[locale],
    description: session.summary[locale] || undefined,
    url: absoluteUrl(programPaths.session(locale, session)),
    startDate: datetimeWithOffset(session.startsAt, tz),
    endDate: datetimeWithOffset(session.endsAt, tz),
    ...(session.previousStartsAt ? { previousStartDate: datetimeWithOffset(session.previousStartsAt, tz) } : {}),
    eventStatus: EVENT_STATUS[session.status],
    eventAttendanceMode: session.status === "moved_online" ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode",
    location: {
      "@type": "Place",
      name: [hall?.name[locale], edition.venueName[locale]].filter(Boolean).join(", "),
      address: edition.venueAddress[locale],
    },
    performer: sessionPeopleOf(index, session).map(({ person }) => ({
      "@type": "Person",
      name: fullName(person, locale),
      url: absoluteUrl(programPaths.speaker(locale, person.slug)),
    })),
    superEvent: {
      "@type": "Event",
      name: siteConfig.name[locale],
      startDate: edition.startsOn,
      endDate: edition.endsOn,
      url: absoluteUrl(programPaths.program(locale)),
    },
    inLanguage: locale,
  };
}
