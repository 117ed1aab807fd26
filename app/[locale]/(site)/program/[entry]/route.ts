// /<locale>/program/<day> and /<locale>/program/<CODE>-<slug>: a day of the
// programme or one session, plain HTML documents cached with no lifetime
// (tag `program`). A 404 or a 301 is never stored. Session calendars
// (<CODE>.ics) are rewritten by proxy.ts to app/api/program-calendar.
import { devOriginOf, notFoundResponse } from "@/lib/html/site-page";
import { parseProgramEntry } from "@/lib/program/entry";
import { programResponse } from "@/lib/program/documents/program-document";
import { sessionResponse } from "@/lib/program/documents/session-document";
import { defaultLocale, isLocale } from "@/lib/site-config";

export const revalidate = false;
export function generateStaticParams() {
  return [];
}

type Context = { params: Promise<{ locale: string; entry: string }> };

export async function GET(request: Request, { params }: Context) {
  const { locale, entry: rawEntry } = await params;
  const devOrigin = devOriginOf(request);
  const entry = parseProgramEntry(safeDecode(rawEntry) ?? "");
  if (entry?.kind === "day") return programResponse(locale, entry.day, null, devOrigin);
  if (entry?.kind === "session") return sessionResponse(locale, entry.code, entry.slug, devOrigin);
  return notFoundResponse(isLocale(locale) ? locale : defaultLocale, devOrigin);
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
