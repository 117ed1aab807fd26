// /<locale>/program: the whole programme, a plain HTML document
// (lib/program/documents/program-document.tsx). Cached with no lifetime,
// expired by the `program` tag; the filtered forms (?hall=…) never reach this
// route (proxy.ts sends them to app/api/program-view, uncached).
import { devOriginOf } from "@/lib/html/site-page";
import { programResponse } from "@/lib/program/documents/program-document";

export const revalidate = false;
export function generateStaticParams() {
  return [];
}

type Context = { params: Promise<{ locale: string }> };

export async function GET(request: Request, { params }: Context) {
  return programResponse((await params).locale, null, null, devOriginOf(request));
}
