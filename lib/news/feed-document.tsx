import "server-only";
// The news feed's pages as plain HTML documents (lib/html/site-page.tsx says
// why not the App Router): /<locale>/news is page 1, /<locale>/news/page/N the
// rest (proxy.ts answers /<locale>/news/page/1 and the older ?page=N with a
// 301). A number that is malformed or past the last page answers the 404 page,
// rendered into the HTML and never stored.
import { NewsListView } from "@/components/site/news-list";
import { Pagination } from "@/components/site/pagination";
import { getNewsPage } from "@/lib/data/news";
import { htmlDocumentResponse, notFoundResponse, renderSitePage } from "@/lib/html/site-page";
import { otherLocale } from "@/lib/i18n/route-locale";
import { siteText } from "@/lib/i18n/site-text";
import { parsePageNumber } from "@/lib/page-number";
import { defaultLocale, isLocale, siteConfig, type Locale } from "@/lib/site-config";
import { pageGraph } from "@/lib/structured-data";
import { paths } from "@/lib/urls";

export async function feedResponse(rawLocale: string, rawPage: string, devOrigin: string | null): Promise<Response> {
  const locale: Locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const page = isLocale(rawLocale) ? parsePageNumber(rawPage) : null;
  const data = page === null ? null : await getNewsPage(locale, page, siteConfig.newsPageSize);
  // Page 1 always exists (it may say "no news yet"); any other page must hold articles.
  if (page === null || !data || page > data.totalPages) return notFoundResponse(locale, devOrigin);

  const { news: t, site } = await siteText(locale);
  const title = page > 1 ? t("titlePaged", { page }) : t("title");
  const crumbs = [
    { name: site("home"), path: paths.home(locale) },
    { name: t("title"), path: paths.news(locale) },
    ...(page > 1 ? [{ name: title, path: paths.news(locale, page) }] : []),
  ];
  const html = await renderSitePage({
    locale,
    meta: {
      locale,
      title,
      description: t("description", { name: siteConfig.name[locale] }),
      path: paths.news(locale, page),
      alternates: page === 1 ? { en: paths.news("en"), ru: paths.news("ru") } : { [locale]: paths.news(locale, page) },
    },
    current: "news",
    alternateHref: paths.news(otherLocale(locale)),
    main: (text) => (
      <main id="main" tabIndex={-1} className="container page">
        <div className="page-head">
          <h1>{title}</h1>
          <a className="rss-link" href={paths.feed(locale)} type="application/rss+xml">
            {text.news("rss")}
          </a>
        </div>
        <NewsListView locale={locale} items={data.items} headingLevel="h2" text={text} />
        <Pagination locale={locale} page={page} totalPages={data.totalPages} t={text.news} />
      </main>
    ),
    partnerWall: true,
    devOrigin,
    structuredData: pageGraph(locale, { path: paths.news(locale, page), title, crumbs }),
  });
  return htmlDocumentResponse(html);
}
