// Share images: /og/home-<locale>.png and /og/news-<locale>-<slug>.png
// (lib/og/share-image.tsx). Rendered on first request and cached like the
// pages they illustrate: an article's image carries the article's tags, so a
// save that changes its title expires it and the next request draws the new
// one (pages also name it with ?v=<title hash>, so social networks that cache
// by URL fetch it again). An unknown file answers 404, which is never stored.
import { getArticle } from "@/lib/data/news";
import { siteText } from "@/lib/i18n/site-text";
import { parseShareImageFile } from "@/lib/og/share-image-url";
import { shareImageResponse } from "@/lib/og/share-image";
import { siteConfig } from "@/lib/site-config";

export const revalidate = false;
export function generateStaticParams() {
  return [];
}

const notFound = () => new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = parseShareImageFile((await params).file);
  if (!file) return notFound();
  if (file.kind === "home") {
    return shareImageResponse({ locale: file.locale, title: siteConfig.name[file.locale], kicker: siteConfig.shortName[file.locale] });
  }
  const found = await getArticle(file.locale, file.slug);
  if (!found?.article) return notFound();
  const { news } = await siteText(file.locale);
  return shareImageResponse({ locale: file.locale, title: found.article.title, kicker: news("title") });
}
