// How the sitemap is split (sitemaps.org allows 50,000 URLs per file): small
// sites get one urlset at /sitemap.xml; larger ones a sitemap index pointing
// at /sitemaps/pages.xml and /sitemaps/news-<n>.xml.
export const ARTICLES_PER_SITEMAP = 40_000;
export const SINGLE_FILE_LIMIT = 45_000;

export type SitemapFile = { kind: "index" } | { kind: "pages" } | { kind: "news"; part: number };

export function parseSitemapFile(name: string): SitemapFile | null {
  if (name === "index.xml") return { kind: "index" };
  if (name === "pages.xml") return { kind: "pages" };
  const match = /^news-([1-9][0-9]{0,5})\.xml$/.exec(name);
  return match ? { kind: "news", part: Number(match[1]) } : null;
}

/**
 * Article files cover ranges of ids, ARTICLES_PER_SITEMAP ids each (so at most
 * that many URLs, fewer where ids were deleted or are drafts): finding a file's
 * articles is an index range, never an OFFSET past the files before it.
 */
export function newsPartCount(maxPublishedId: number): number {
  return Math.max(1, Math.ceil(maxPublishedId / ARTICLES_PER_SITEMAP));
}

/** The file name of article file `part` (what parseSitemapFile reads back). */
export function newsFileName(part: number): string {
  return `news-${part}.xml`;
}

/** The article file (its part number) whose id range holds article `id`. */
export function newsPartOf(id: number): number {
  return Math.max(1, Math.ceil(id / ARTICLES_PER_SITEMAP));
}

export function newsPartIdRange(part: number): { afterId: number; upToId: number } {
  return { afterId: (part - 1) * ARTICLES_PER_SITEMAP, upToId: part * ARTICLES_PER_SITEMAP };
}

/** One urlset at /sitemap.xml while every article id (an upper bound of their count) and the pages fit in one file. */
export function fitsOneFile(pageCount: number, maxPublishedId: number): boolean {
  return pageCount + maxPublishedId <= SINGLE_FILE_LIMIT;
}
