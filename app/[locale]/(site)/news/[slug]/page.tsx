import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MdxContent } from "@/components/mdx/mdx-content";
import { FormattedDate } from "@/components/site/formatted-date";
import { SiteHeader } from "@/components/site/site-header";
import { getArticle, getCompiledBody } from "@/lib/data/news";
import { otherLocale, routeLocale } from "@/lib/i18n/route-locale";
import { pageMetadata } from "@/lib/metadata";
import { notFoundMetadata } from "@/lib/not-found-metadata";
import type { Locale } from "@/lib/site-config";
import { isValidSlug } from "@/lib/slug";
import { paths } from "@/lib/urls";

// No lifetime: the page carries its article's tags (lib/data/news.ts), which a
// save of the article or its translation expires, and a scheduled article's
// time is expired by lib/cache/publication-scheduler.ts.
export const revalidate = false;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

/** The article, or a 301 to its current slug, or null (the 404 page). */
async function loadArticle(locale: Locale, rawSlug: string) {
  const slug = safeDecode(rawSlug);
  if (slug === null || !isValidSlug(slug)) return null;
  const found = await getArticle(locale, slug);
  if (found.article) return found;
  if (found.redirectTo) permanentRedirect(paths.article(locale, found.redirectTo));
  return null;
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

function alternateOf(locale: Locale, translationSlug: string | null | undefined) {
  const other = otherLocale(locale);
  return translationSlug ? paths.article(other, translationSlug) : paths.news(other);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const found = await loadArticle(locale, (await params).slug);
  if (!found) return notFoundMetadata;
  const { article, translationSlug } = found;
  const other = otherLocale(locale);
  return pageMetadata({
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
  });
}

export default async function ArticlePage({ params }: Props) {
  const locale = await routeLocale(params);
  const found = await loadArticle(locale, (await params).slug);
  if (!found) notFound();
  const { article, translationSlug } = found;
  const [t, compiled] = await Promise.all([getTranslations({ locale, namespace: "news" }), getCompiledBody(article)]);
  return (
    <>
      <SiteHeader locale={locale} current="news" alternateHref={alternateOf(locale, translationSlug)} />
      <main id="main" tabIndex={-1} className="container page">
        <article className="article">
          <header className="article__head">
            <p className="article__date">
              <FormattedDate locale={locale} iso={article.publishedAt} />
            </p>
            <h1>{article.title}</h1>
            {article.lede ? <p className="lead">{article.lede}</p> : null}
          </header>
          {article.cover ? (
            // Right under the title, above the fold on every screen: loaded eagerly (no loading="lazy"),
            // with its size so the text below does not jump when it arrives.
            <img
              className="article__cover"
              src={article.cover.url}
              alt={article.cover.alt}
              width={article.cover.width}
              height={article.cover.height}
              decoding="async"
              fetchPriority="high"
            />
          ) : null}
          <MdxContent source={article.body} compiled={compiled} label={`news ${locale}/${article.slug}`} />
          {article.author ? <p className="article__author">{t("by", { author: article.author })}</p> : null}
        </article>
        <p className="back-link">
          <a href={paths.news(locale)}>
            <span aria-hidden="true">←</span> {t("backToFeed")}
          </a>
        </p>
      </main>
    </>
  );
}
