// /<locale>/partners: the partner wall, a plain HTML document
// (lib/site-documents/partners-document.tsx). Cached with no lifetime, expired by
// the `partners` tag.
import { devOriginOf } from "@/lib/html/site-page";
import { partnersResponse } from "@/lib/site-documents/partners-document";

export const revalidate = false;
export function generateStaticParams() {
  return [];
}

type Context = { params: Promise<{ locale: string }> };

export async function GET(request: Request, { params }: Context) {
  return partnersResponse((await params).locale, devOriginOf(request));
}
