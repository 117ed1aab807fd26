import "server-only";
// The sitemap files: /sitemap.xml (the index, or the one urlset of a small
// site), /sitemaps/pages.xml and /sitemaps/news-<n>.xml. Their routes are
// cached until a save expires them: each file has its own tag, and the index
// the set of public ids (lib/data/sitemap.ts, lib/news/expiry.ts).
import { articleUrls, getMaxPublishedId, pageUrls } from "@/lib/data/sitemap";
import { renderSitemapIndex, renderUrlset } from "@/lib/feeds/sitemap";
import { fitsOneFile, newsFileName, newsPartCount, newsPartIdRange, type SitemapFile } from "@/lib/feeds/sitemap-plan";
import { absoluteUrl } from "@/lib/urls";

const xml = (body: string) => new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8" } });

/** The response for one sitemap file (`/sitemap.xml` is the index, or the one urlset of a small site). */
export async function sitemapResponse(file: SitemapFile): Promise<Response> {
  const maxId = await getMaxPublishedId();
  const parts = newsPartCount(maxId);

  if (file.kind === "index") {
    const pages = await pageUrls();
    if (fitsOneFile(pages.length, maxId)) return xml(renderUrlset([...pages, ...(await articleUrls({ afterId: 0, upToId: maxId }))]));
    return xml(
      renderSitemapIndex([
        absoluteUrl("/sitemaps/pages.xml"),
        ...Array.from({ length: parts }, (_, i) => absoluteUrl(`/sitemaps/${newsFileName(i + 1)}`)),
        // The Google News file (app/news-sitemap.xml); a small site's one urlset cannot list it, robots.txt does.
        absoluteUrl("/news-sitemap.xml"),
      ]),
    );
  }
  if (file.kind === "pages") return xml(renderUrlset(await pageUrls()));
  if (file.part > parts) return new Response("Not found", { status: 404 });
  return xml(renderUrlset(await articleUrls(newsPartIdRange(file.part))));
}
