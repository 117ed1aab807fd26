// /<locale>/speakers: the speakers index, a plain HTML document cached with no
// lifetime (tag `program`). A search (?q=) is sent by proxy.ts to
// app/api/speakers-search, uncached.
import { devOriginOf } from "@/lib/html/site-page";
import { speakersResponse } from "@/lib/program/documents/speakers-document";

export const revalidate = false;
export function generateStaticParams() {
  return [];
}

type Context = { params: Promise<{ locale: string }> };

export async function GET(request: Request, { params }: Context) {
  return speakersResponse((await params).locale, null, devOriginOf(request));
}
