// /<locale>/news: the news feed's first page, a plain HTML document
// (lib/news/feed-document.tsx). Cached with no lifetime, expired by its
// locale's news list tag (lib/data/news.ts).
import { devOriginOf } from "@/lib/html/site-page";
import { feedResponse } from "@/lib/news/feed-document";

export const revalidate = false;
export function generateStaticParams() {
  return [];
}

type Context = { params: Promise<{ locale: string }> };

export async function GET(request: Request, { params }: Context) {
  return feedResponse((await params).locale, "1", devOriginOf(request));
}
