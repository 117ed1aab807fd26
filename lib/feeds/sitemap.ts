// sitemaps.org urlset with hreflang alternates (xhtml:link) per URL.
import { escapeXml } from "./xml";

export type SitemapUrl = { loc: string; lastModified?: string; alternates?: Record<string, string> };

export function renderUrlset(urls: SitemapUrl[]): string {
  const body = urls
    .map((url) => {
      const links = Object.entries(url.alternates ?? {})
        .map(([lang, href]) => `\n    <xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(href)}"/>`)
        .join("");
      const lastmod = url.lastModified ? `\n    <lastmod>${escapeXml(url.lastModified)}</lastmod>` : "";
      return `  <url>\n    <loc>${escapeXml(url.loc)}</loc>${lastmod}${links}\n  </url>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${body}
</urlset>
`;
}

export function renderSitemapIndex(locations: string[]): string {
  const body = locations.map((loc) => `  <sitemap>\n    <loc>${escapeXml(loc)}</loc>\n  </sitemap>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${body}
</sitemapindex>
`;
}
