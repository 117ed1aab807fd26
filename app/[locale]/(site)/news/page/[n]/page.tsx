// The news feed's pages 2 and on, at /<locale>/news/page/N: each is cached on
// its own. Page 1 is /<locale>/news (../../page.tsx renders this component);
// proxy.ts answers /<locale>/news/page/1 and the older ?page=N with a 301.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NewsList } from "@/components/site/news-list";
import { Pagination } from "@/components/site/pagination";
import { SiteHeader } from "@/components/site/site-header";
import { getNewsPage } from "@/lib/data/news";
import { otherLocale, routeLocale } from "@/lib/i18n/route-locale";
import { pageMetadata } from "@/lib/metadata";
import { notFoundMetadata } from "@/lib/not-found-metadata";
import { parsePageNumber } from "@/lib/page-number";
import { siteConfig, type Locale } from "@/lib/site-config";
import { paths } from "@/lib/urls";

// Expired by its locale's news list tag, never by a timer (see lib/data/news.ts).
export const revalidate = false;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; n: string }> };

/** The feed page, or null when the number is malformed or out of range. */
async function loadPage(locale: Locale, n: string) {
  const page = parsePageNumber(n);
  if (page === null) return null;
  const data = await getNewsPage(locale, page, siteConfig.newsPageSize);
  // Page 1 always exists (it may say "no news yet"); any other page must hold articles.
  if (page > data.totalPages) return null;
  return { page, ...data };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const { n } = await params;
  const loaded = await loadPage(locale, n);
  if (!loaded) return notFoundMetadata;
  const { page } = loaded;
  const t = await getTranslations({ locale, namespace: "news" });
  return pageMetadata({
    locale,
    title: page > 1 ? t("titlePaged", { page }) : t("title"),
    description: t("description", { name: siteConfig.name[locale] }),
    path: paths.news(locale, page),
    alternates: page === 1 ? { en: paths.news("en"), ru: paths.news("ru") } : { [locale]: paths.news(locale, page) },
  });
}

export default async function NewsFeedPage({ params }: Props) {
  const locale = await routeLocale(params);
  const { n } = await params;
  const loaded = await loadPage(locale, n);
  if (!loaded) notFound();
  const { page, items, totalPages } = loaded;
  const t = await getTranslations({ locale, namespace: "news" });
  return (
    <>
      <SiteHeader locale={locale} current="news" alternateHref={paths.news(otherLocale(locale))} />
      <main id="main" tabIndex={-1} className="container page">
        <div className="page-head">
          <h1>{page > 1 ? t("titlePaged", { page }) : t("title")}</h1>
          <a className="rss-link" href={paths.feed(locale)} type="application/rss+xml">
            {t("rss")}
          </a>
        </div>
        <NewsList locale={locale} items={items} headingLevel="h2" />
        <Pagination locale={locale} page={page} totalPages={totalPages} />
      </main>
    </>
  );
}
