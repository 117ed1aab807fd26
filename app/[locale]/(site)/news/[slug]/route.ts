// /<locale>/news/<slug>: an article, as a plain HTML document
// (lib/news/article-document.tsx says why it is not an App Router page).
// Rendered on first request and cached with no lifetime: the response carries
// its article's tags (lib/data/news.ts), which a save of the article or its
// translation expires, and a scheduled article's time is expired by
// lib/cache/publication-scheduler.ts. A 404 or a redirect is never stored.
import { articleResponse } from "@/lib/news/article-document";

export const revalidate = false;
export function generateStaticParams() {
  return [];
}

type Context = { params: Promise<{ locale: string; slug: string }> };

export async function GET(request: Request, { params }: Context) {
  const { locale, slug } = await params;
  // Only the development server reads the request (lib/html/document-assets.ts);
  // in production the response must be the same for every request.
  const devOrigin = process.env.NODE_ENV === "production" ? null : new URL(request.url).origin;
  return articleResponse(locale, slug, devOrigin);
}
