// Every address of the programme: pages, calendars and the JSON export.
// Sessions are addressed by their immutable code; the slug after it is for
// people and crawlers, and a wrong one answers 301 (lib/program/entry.ts).
import type { Locale } from "@/lib/site-config";

export const programPaths = {
  program: (locale: Locale) => `/${locale}/program`,
  day: (locale: Locale, day: string) => `/${locale}/program/${day}`,
  session: (locale: Locale, s: { code: string; slug: Record<Locale, string> }) => `/${locale}/program/${s.code}-${s.slug[locale]}`,
  speakers: (locale: Locale) => `/${locale}/speakers`,
  speaker: (locale: Locale, slug: string) => `/${locale}/speakers/${slug}`,
  programIcs: (locale: Locale) => `/${locale}/program.ics`,
  sessionIcs: (locale: Locale, code: string) => `/${locale}/program/${code}.ics`,
  speakerIcs: (locale: Locale, slug: string) => `/${locale}/speakers/${slug}.ics`,
  json: () => "/program.json",
};

/** webcal:// of an absolute http(s) URL: calendar apps subscribe to it instead of importing a copy once. */
export function webcalUrl(absolute: string): string {
  return absolute.replace(/^https?:/, "webcal:");
}
