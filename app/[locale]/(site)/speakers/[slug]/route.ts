// /<locale>/speakers/<slug>: a speaker's page, a plain HTML document cached
// with no lifetime (tag `program`); unknown people and people without consent
// answer the 404 page, never stored. <slug>.ics is rewritten by proxy.ts to
// app/api/program-calendar.
import { devOriginOf, notFoundResponse } from "@/lib/html/site-page";
import { parseSpeakerEntry } from "@/lib/program/entry";
import { speakerResponse } from "@/lib/program/documents/speaker-document";
import { defaultLocale, isLocale } from "@/lib/site-config";

export const revalidate = false;
export function generateStaticParams() {
  return [];
}

type Context = { params: Promise<{ locale: string; slug: string }> };

export async function GET(request: Request, { params }: Context) {
  const { locale, slug } = await params;
  const entry = parseSpeakerEntry(slug);
  if (entry?.kind !== "speaker") return notFoundResponse(isLocale(locale) ? locale : defaultLocale, devOriginOf(request));
  return speakerResponse(locale, entry.slug, devOriginOf(request));
}
