// /sitemap.xml (rewritten here by proxy.ts as index.xml), /sitemaps/pages.xml
// and /sitemaps/news-<n>.xml. Rendered on first request and cached like the news pages
// (tag `news`, 30 s lifetime); `next build` needs no database.
import { sitemapResponse } from "@/lib/feeds/sitemap-response";
import { parseSitemapFile } from "@/lib/feeds/sitemap-plan";

export const revalidate = 30;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = parseSitemapFile((await params).file);
  if (!file) return new Response("Not found", { status: 404 });
  return sitemapResponse(file);
}
