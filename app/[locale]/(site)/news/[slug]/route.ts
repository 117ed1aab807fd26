// /<locale>/news/<slug>: an article, as a plain HTML document
// (lib/html/site-page.tsx says why it is not an App Router page).
// Rendered on first request and cached with no lifetime: the response carries
// its article's tags (lib/data/news.ts), which a save of the article or its
// translation expires, and a scheduled article's time is expired by
// lib/cache/publication-scheduler.ts. A 404 or a redirect is never stored.
import { devOriginOf } from "@/lib/html/site-page";
import { articleResponse } from "@/lib/news/article-document";

export const revalidate = false;
export function generateStaticParams() {
  return [];
}

type Context = { params: Promise<{ locale: string; slug: string }> };

export async function GET(request: Request, { params }: Context) {
  const { locale, slug } = await params;
  return articleResponse(locale, slug, devOriginOf(request));
}
