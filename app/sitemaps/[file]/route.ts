// /sitemap.xml (rewritten here by proxy.ts as index.xml), /sitemaps/pages.xml
// and /sitemaps/news-<n>.xml. Rendered on first request and cached like the
// news pages (tag `news`, 30 s lifetime); `next build` needs no database.
import { articleUrls, getMaxPublishedId, pageUrls } from "@/lib/data/sitemap";
import { renderSitemapIndex, renderUrlset } from "@/lib/feeds/sitemap";
import { fitsOneFile, newsPartCount, parseSitemapFile } from "@/lib/feeds/sitemap-plan";
import { absoluteUrl } from "@/lib/urls";

export const revalidate = 30;
export function generateStaticParams() {
  return [];
}

const xml = (body: string) => new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8" } });

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = parseSitemapFile((await params).file);
  if (!file) return new Response("Not found", { status: 404 });
  const maxId = await getMaxPublishedId();
  const parts = newsPartCount(maxId);

  if (file.kind === "index") {
    const pages = await pageUrls();
    if (fitsOneFile(pages.length, maxId)) return xml(renderUrlset([...pages, ...(await articleUrls(1))]));
    return xml(renderSitemapIndex([absoluteUrl("/sitemaps/pages.xml"), ...Array.from({ length: parts }, (_, i) => absoluteUrl(`/sitemaps/news-${i + 1}.xml`))]));
  }
  if (file.kind === "pages") return xml(renderUrlset(await pageUrls()));
  if (file.part > parts) return new Response("Not found", { status: 404 });
  return xml(renderUrlset(await articleUrls(file.part)));
}
