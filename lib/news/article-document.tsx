import "server-only";
// Article pages, rendered as plain HTML documents by React's static renderer
// instead of the App Router. An article is the page crawlers and shared links
// reach most, and most of its visits are the first in a while (old articles),
// so its cache miss is the one that matters: through the App Router it cost
// about 45-55 ms of server CPU (a 95 KB response, half of it the RSC payload
// that hydrates a page with no client components), here a few ms (npm run
// bench). The markup is the same components' (components/site), the head the
// same PageMeta's (lib/metadata.ts), the stylesheet and fonts the layout's
// (lib/html/document-assets.ts); only the scripts are gone.
//
// Answers: 200 with the article; 301 to the current slug for an old one (a
// real 301: a page can only redirect with 307/308); 404 with the site's 404
// page, rendered into the HTML (readable with JavaScript off) and never stored.
import { ArticleView } from "@/components/site/article-view";
import { SiteFooterView } from "@/components/site/site-footer";
import { SiteHeaderView } from "@/components/site/site-header";
import { NotFoundContent } from "@/components/site/not-found-content";
import { NotFoundHeadTags, PageHeadTags, SiteDocument } from "@/components/site/site-document";
import { navigationPages } from "@/lib/content/navigation";
import { getArticle, getCompiledBody } from "@/lib/data/news";
import { getPartnerWall } from "@/lib/data/partners";
import { documentAssets } from "@/lib/html/document-assets";
import { renderDocument } from "@/lib/html/static-markup";
import { otherLocale } from "@/lib/i18n/route-locale";
import { siteText } from "@/lib/i18n/site-text";
import { defaultLocale, isLocale, type Locale } from "@/lib/site-config";
import { isValidSlug } from "@/lib/slug";
import { absoluteUrl, paths } from "@/lib/urls";

const HTML = { "Content-Type": "text/html; charset=utf-8" };

/**
 * @param devOrigin the development server's address (see documentAssets); null in production,
 *   where the response must not depend on the request (it is cached and shared).
 */
export async function articleResponse(rawLocale: string, rawSlug: string, devOrigin: string | null): Promise<Response> {
  const locale: Locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const slug = safeDecode(rawSlug);
  const found = isLocale(rawLocale) && slug !== null && isValidSlug(slug) ? await getArticle(locale, slug) : null;
  if (found?.redirectTo) {
    return new Response(null, { status: 301, headers: { Location: absoluteUrl(paths.article(locale, found.redirectTo)) } });
  }
  if (!found?.article) return new Response(await notFoundDocument(locale, devOrigin), { status: 404, headers: HTML });

  const { article, translationSlug } = found;
  const other = otherLocale(locale);
  const [compiled, roles, pages, text, assets] = await Promise.all([
    getCompiledBody(article),
    getPartnerWall(),
    navigationPages(locale),
    siteText(locale),
    documentAssets(devOrigin),
  ]);
  const head = (
    <PageHeadTags
      meta={{
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
      }}
    />
  );
  // The language switch leads to the translation, or to the other locale's feed when there is none.
  const alternateHref = translationSlug ? paths.article(other, translationSlug) : paths.news(other);
  const html = renderDocument(
    <SiteDocument locale={locale} assets={assets} head={head}>
      <SiteHeaderView locale={locale} current="news" alternateHref={alternateHref} text={text} pages={pages} />
      <ArticleView locale={locale} article={article} compiled={compiled} text={text} />
      <SiteFooterView locale={locale} roles={roles} text={text} />
    </SiteDocument>,
  );
  return new Response(html, { status: 200, headers: HTML });
}

/** The locale's 404 page, as app/[locale]/not-found.tsx renders it (header, text, footer without the partner wall). */
async function notFoundDocument(locale: Locale, devOrigin: string | null): Promise<string> {
  const [pages, text, assets] = await Promise.all([navigationPages(locale), siteText(locale), documentAssets(devOrigin)]);
  return renderDocument(
    <SiteDocument locale={locale} assets={assets} head={<NotFoundHeadTags />}>
      <SiteHeaderView locale={locale} current={null} alternateHref={paths.home(otherLocale(locale))} text={text} pages={pages} />
      <NotFoundContent locale={locale} t={text.notFound} />
      <SiteFooterView locale={locale} text={text} />
    </SiteDocument>,
  );
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
