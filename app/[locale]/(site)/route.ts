// /<locale>: the home page, a plain HTML document (lib/site-documents/home-document.tsx).
// Cached with no lifetime, expired by what it shows: its locale's news list, the
// programme and the partner wall (lib/data/).
import { devOriginOf } from "@/lib/html/site-page";
import { homeResponse } from "@/lib/site-documents/home-document";

export const revalidate = false;
export function generateStaticParams() {
  return [];
}

type Context = { params: Promise<{ locale: string }> };

export async function GET(request: Request, { params }: Context) {
  return homeResponse((await params).locale, devOriginOf(request));
}
