// RSS 2.0 of a locale's latest articles.
import { escapeXml } from "./xml";

export type RssChannel = { title: string; link: string; selfUrl: string; description: string; language: string };
export type RssItem = { title: string; link: string; description: string; publishedAt: string; author: string };

export function renderRss(channel: RssChannel, items: RssItem[]): string {
  const lastBuild = items[0]?.publishedAt ?? new Date(0).toISOString();
  const entries = items
    .map(
      (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.link)}</link>
      <guid isPermaLink="true">${escapeXml(item.link)}</guid>
      <pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>
      <description>${escapeXml(item.description)}</description>${item.author ? `\n      <dc:creator>${escapeXml(item.author)}</dc:creator>` : ""}
    </item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(channel.title)}</title>
    <link>${escapeXml(channel.link)}</link>
    <atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>
    <description>${escapeXml(channel.description)}</description>
    <language>${escapeXml(channel.language)}</language>
    <lastBuildDate>${new Date(lastBuild).toUTCString()}</lastBuildDate>
${entries}
  </channel>
</rss>
`;
}
