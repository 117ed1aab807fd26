// A search of the speakers index (proxy.ts rewrites /<locale>/speakers?q=… here):
// rendered per request from the cached snapshot, never stored, noindex.
import { z } from "zod";
import { devOriginOf } from "@/lib/html/site-page";
import { speakersResponse } from "@/lib/program/documents/speakers-document";

export const dynamic = "force-dynamic";

// Longer input is cut, not refused: a name or organisation is never that long.
const searchQuery = z.string().trim().transform((q) => q.slice(0, 100));

type Context = { params: Promise<{ locale: string }> };

export async function GET(request: Request, { params }: Context) {
  const { locale } = await params;
  const q = searchQuery.parse(new URL(request.url).searchParams.get("q") ?? "");
  return speakersResponse(locale, q === "" ? null : q, devOriginOf(request));
}
