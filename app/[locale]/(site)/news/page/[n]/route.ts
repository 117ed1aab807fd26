// /<locale>/news/page/N: the news feed's pages 2 and on, each a plain HTML
// document cached on its own (lib/news/feed-document.tsx), expired by its
// locale's news list tag (lib/data/news.ts).
import { devOriginOf } from "@/lib/html/site-page";
import { feedResponse } from "@/lib/news/feed-document";

export const revalidate = false;
export function generateStaticParams() {
  return [];
}

type Context = { params: Promise<{ locale: string; n: string }> };

export async function GET(request: Request, { params }: Context) {
  const { locale, n } = await params;
  return feedResponse(locale, n, devOriginOf(request));
}
