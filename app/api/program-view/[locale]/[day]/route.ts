// The programme filtered by hall, track and format (proxy.ts rewrites
// /<locale>/program[/<day>]?hall=…&track=…&format=… here). Rendered per request
// from the cached snapshot and never stored: every combination of values
// would otherwise be a cache entry. The page says noindex and names the
// unfiltered page as canonical.
import { z } from "zod";
import { devOriginOf, notFoundResponse } from "@/lib/html/site-page";
import { parseProgramEntry } from "@/lib/program/entry";
import { programResponse } from "@/lib/program/documents/program-document";
import { defaultLocale, isLocale } from "@/lib/site-config";

export const dynamic = "force-dynamic";

const value = z.string().trim().max(100).optional();
const filterQuery = z.object({ hall: value, track: value, format: value });

type Context = { params: Promise<{ locale: string; day: string }> };

export async function GET(request: Request, { params }: Context) {
  const { locale, day } = await params;
  const devOrigin = devOriginOf(request);
  const search = new URL(request.url).searchParams;
  const query = filterQuery.safeParse({
    hall: search.get("hall") ?? undefined,
    track: search.get("track") ?? undefined,
    format: search.get("format") ?? undefined,
  });
  const entry = day === "all" ? null : parseProgramEntry(day);
  if (!query.success || (day !== "all" && entry?.kind !== "day")) return notFoundResponse(isLocale(locale) ? locale : defaultLocale, devOrigin);
  return programResponse(locale, entry?.kind === "day" ? entry.day : null, query.data, devOrigin);
}
