// Calendars of the programme (proxy.ts rewrites /<locale>/program.ics,
// /<locale>/program/<CODE>.ics and /<locale>/speakers/<slug>.ics here): per
// request, so that If-None-Match can be answered with 304; the bytes come
// from the data cache (lib/program/documents/files.ts).
import { calendarResponse } from "@/lib/program/documents/files";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ locale: string; scope: string; key: string }> };

export async function GET(request: Request, { params }: Context) {
  const { locale, scope, key } = await params;
  return calendarResponse(request, locale, scope, key);
}
