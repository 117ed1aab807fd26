// /sitemap.xml (rewritten here by proxy.ts as index.xml), /sitemaps/pages.xml
// and /sitemaps/news-<n>.xml. Rendered on first request and cached with no
// lifetime, tagged by what each file lists (lib/data/sitemap.ts); `next build`
// needs no database.
import { sitemapResponse } from "@/lib/feeds/sitemap-response";
import { parseSitemapFile } from "@/lib/feeds/sitemap-plan";
import { tagSitemapFile } from "@/lib/data/sitemap";

export const revalidate = false;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = parseSitemapFile((await params).file);
  if (!file) return new Response("Not found", { status: 404 });
  await tagSitemapFile(file);
  return sitemapResponse(file);
}
