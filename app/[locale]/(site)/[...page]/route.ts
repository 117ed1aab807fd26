// /<locale>/<slug>: an event page from content/pages (about, venue, contacts), a
// plain HTML document (lib/site-documents/event-page-document.tsx). Cached with no
// lifetime (the files change with a deploy), expired by the `partners` tag (the
// footer's wall). Every other path under a locale that reaches this route answers
// the 404 document; proxy.ts answers most of them first (lib/route-shape.ts).
import { devOriginOf } from "@/lib/html/site-page";
import { eventPageResponse } from "@/lib/site-documents/event-page-document";

export const revalidate = false;
export function generateStaticParams() {
  return [];
}

type Context = { params: Promise<{ locale: string; page: string[] }> };

export async function GET(request: Request, { params }: Context) {
  const { locale, page } = await params;
  return eventPageResponse(locale, page, devOriginOf(request));
}
