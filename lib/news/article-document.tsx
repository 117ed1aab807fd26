import "server-only";
// /<locale>/news/<slug> as a plain HTML document (lib/html/site-page.tsx says
// why not the App Router). Answers: 200 with the article; 301 to the current
// slug for an old one (a real 301: an App Router page can only answer 307 or
// 308); 404 with the site's 404 page, never stored.
import { ArticleView } from "@/components/site/article-view";
import { getArticle, getArticleBody } from "@/lib/data/news";
import { htmlDocumentResponse, notFoundResponse, renderSitePage } from "@/lib/html/site-page";
import { otherLocale } from "@/lib/i18n/route-locale";
import { siteText } from "@/lib/i18n/site-text";
import { articleImagePath } from "@/lib/og/share-image-url";
import { articleGraph } from "@/lib/structured-data";
import { defaultLocale, isLocale, type Locale } from "@/lib/site-config";
import { isValidSlug } from "@/lib/slug";
import { absoluteUrl, paths } from "@/lib/urls";

export async function articleResponse(rawLocale: string, rawSlug: string, devOrigin: string | null): Promise<Response> {
  const locale: Locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const slug = safeDecode(rawSlug);
  const found = isLocale(rawLocale) && slug !== null && isValidSlug(slug) ? await getArticle(locale, slug) : null;
  if (found?.redirectTo) {
    return new Response(null, { status: 301, headers: { Location: absoluteUrl(paths.article(locale, found.redirectTo)) } });
  }
  if (!found?.article) return notFoundResponse(locale, devOrigin);

  const { article, translationSlug } = found;
  const other = otherLocale(locale);
  const [compiled, { site, news }] = await Promise.all([getArticleBody(article), siteText(locale)]);
  const path = paths.article(locale, article.slug);
  const structuredData = articleGraph(
    locale,
    {
      path,
      title: article.title,
      description: article.lede.slice(0, 300),
      publishedAt: article.publishedAt ?? article.updatedAt,
      updatedAt: article.updatedAt,
      author: article.author,
      image: article.cover?.url ?? null,
    },
    [
      { name: site("home"), path: paths.home(locale) },
      { name: news("title"), path: paths.news(locale) },
      { name: article.title, path },
    ],
  );
  const html = await renderSitePage({
    locale,
    meta: {
      locale,
      title: article.title,
      description: article.lede.slice(0, 300),
      path: paths.article(locale, article.slug),
      alternates: {
        [locale]: paths.article(locale, article.slug),
        ...(translationSlug ? { [other]: paths.article(other, translationSlug) } : {}),
      },
      type: "article",
      publishedTime: article.publishedAt,
      image: articleImagePath(locale, article.slug, article.title),
    },
    current: "news",
    // The language switch leads to the translation, or to the other locale's feed when there is none.
    alternateHref: translationSlug ? paths.article(other, translationSlug) : paths.news(other),
    main: (text) => <ArticleView locale={locale} article={article} compiled={compiled} text={text} />,
    partnerWall: true,
    devOrigin,
    structuredData,
  });
  return htmlDocumentResponse(html);
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
