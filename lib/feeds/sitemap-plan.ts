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

export function newsPartCount(publishedArticles: number): number {
  return Math.max(1, Math.ceil(publishedArticles / ARTICLES_PER_SITEMAP));
}
