import { getFeedArticles } from "@/lib/data/news";
import { renderRss } from "@/lib/feeds/rss";
import { isLocale, siteConfig } from "@/lib/site-config";
import { absoluteUrl, paths } from "@/lib/urls";

// Cached like the news pages: expired by its locale's news list tag, never by a timer.
export const revalidate = false;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const articles = await getFeedArticles(locale);
  const xml = renderRss(
    {
      title: `${siteConfig.name[locale]} — ${locale === "ru" ? "Новости" : "News"}`,
      link: absoluteUrl(paths.news(locale)),
      selfUrl: absoluteUrl(paths.feed(locale)),
      description: siteConfig.tagline[locale],
      language: locale,
    },
    articles.map((a) => ({
      title: a.title,
      link: absoluteUrl(paths.article(locale, a.slug)),
      description: a.lede,
      publishedAt: a.publishedAt,
      author: a.author,
    })),
  );
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
