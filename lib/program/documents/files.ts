import "server-only";
// The programme's calendars (.ics) and /program.json. These answer per request
// (route handlers that read If-None-Match), from bytes cached per file with
// their strong ETag (lib/data/program.ts): a client that has the current
// version gets 304 and nothing else. Files are only made for sessions and
// people that exist in the published programme; anything else is 404.
import { z } from "zod";
import { getGeneratedFile } from "@/lib/data/program";
import { siteText } from "@/lib/i18n/site-text";
import { renderFrabJson } from "@/lib/program/frab";
import { calendarSessions, renderCalendar } from "@/lib/program/ics";
import { displayName } from "@/lib/program/names";
import { programPaths } from "@/lib/program/paths";
import { hasPage, sessionsOfPerson } from "@/lib/program/view";
import { siteConfig, type Locale } from "@/lib/site-config";
import { absoluteUrl, siteOrigin } from "@/lib/urls";
import { loadProgramFor } from "./common";

const notFound = () => new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** 304 when the client's If-None-Match names this ETag (a list, `*`, or a weak form of it). */
function answer(request: Request, file: { body: string; etag: string }, headers: Record<string, string>): Response {
  const common = { ETag: file.etag, "Cache-Control": "public, max-age=300", ...headers };
  const inm = request.headers.get("if-none-match");
  if (inm) {
    const tags = inm.split(",").map((t) => t.trim().replace(/^W\//, ""));
    if (tags.includes("*") || tags.includes(file.etag)) return new Response(null, { status: 304, headers: common });
  }
  return new Response(file.body, { status: 200, headers: common });
}

const calendarScope = z.enum(["all", "session", "speaker"]);

export async function calendarResponse(request: Request, rawLocale: string, rawScope: string, key: string): Promise<Response> {
  const scope = calendarScope.safeParse(rawScope);
  const loaded = await loadProgramFor(rawLocale);
  if (!scope.success || !loaded) return notFound();
  const { locale, index } = loaded;
  const { snapshot } = index;
  // What the calendar holds, decided before anything is rendered: an unknown key costs nothing.
  let sessions = snapshot.sessions;
  let named: { session?: (typeof sessions)[number]; person?: (typeof snapshot.people)[number] } = {};
  let selfPath = programPaths.programIcs(locale);
  if (scope.data === "session") {
    const session = snapshot.sessions.find((s) => s.code === key);
    if (!session || !hasPage(index, session)) return notFound();
    sessions = [session];
    named = { session };
    selfPath = programPaths.sessionIcs(locale, session.code);
  } else if (scope.data === "speaker") {
    const person = snapshot.people.find((p) => p.slug === key);
    if (!person) return notFound();
    sessions = sessionsOfPerson(index, person.id).map(({ session }) => session);
    named = { person };
    selfPath = programPaths.speakerIcs(locale, person.slug);
  } else if (key !== "all") {
    return notFound();
  }

  const t = (await siteText(locale)).program;
  const forum = siteConfig.shortName[locale];
  const name = named.session
    ? t("sessionCalendarName", { name: forum, title: named.session.title[locale] })
    : named.person
      ? t("speakerCalendarName", { name: forum, person: displayName(named.person, locale) })
      : t("calendarName", { name: forum });

  const file = await getGeneratedFile(["ics", locale, scope.data, key], async () =>
    renderCalendar({
      index,
      locale,
      sessions: calendarSessions(index, sessions),
      text: {
        calendarName: name,
        roles: { moderator: t("role_moderator"), co_moderator: t("role_co_moderator"), keynote: t("role_keynote"), speaker: t("role_speaker") },
        cancelled: t("status_cancelled"),
        movedOnline: t("status_moved_online"),
      },
      sessionUrl: (s) => absoluteUrl(programPaths.session(locale, s)),
      selfUrl: absoluteUrl(selfPath),
    }),
  );
  const filename = scope.data === "all" ? "program" : key;
  return answer(request, file, {
    "Content-Type": "text/calendar; charset=utf-8",
    "Content-Disposition": `inline; filename="${filename}.ics"`,
  });
}

const jsonQuery = z.object({ lang: z.enum(["en", "ru"]).default("ru") });

/** /program.json[?lang=en|ru]: Russian by default, the forum's own language. A bad lang answers 400. */
export async function programJsonResponse(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const query = jsonQuery.safeParse({ lang: url.searchParams.get("lang") ?? undefined });
  if (!query.success) {
    return Response.json({ error: "lang must be en or ru" }, { status: 400, headers: { "Access-Control-Allow-Origin": "*" } });
  }
  const locale: Locale = query.data.lang;
  const loaded = await loadProgramFor(locale);
  if (!loaded) return notFound();
  const { index } = loaded;
  const file = await getGeneratedFile(["json", locale], async () =>
    renderFrabJson(index, locale, {
      session: (s) => absoluteUrl(programPaths.session(locale, s)),
      speaker: (slug) => absoluteUrl(programPaths.speaker(locale, slug)),
      program: absoluteUrl(programPaths.program(locale)),
      base: `${siteOrigin()}/`,
    }),
  );
  // Apps and hall screens on other origins read it (pretalx's exports allow this too).
  return answer(request, file, { "Content-Type": "application/json; charset=utf-8", "Access-Control-Allow-Origin": "*" });
}
