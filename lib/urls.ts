// Every URL the site prints: paths for links, absolute ones for canonical
// tags, the sitemap and feeds (origin from SITE_URL).
import type { Locale } from "./site-config";
import { siteConfig } from "./site-config";
import { readEnv } from "./env";

export function siteOrigin(): string {
  return (readEnv().SITE_URL ?? siteConfig.defaultUrl).replace(/\/+$/, "");
}

export function absoluteUrl(path: string): string {
  return `${siteOrigin()}${path}`;
}

export const paths = {
  home: (locale: Locale) => `/${locale}`,
  news: (locale: Locale, page = 1) => (page > 1 ? `/${locale}/news/page/${page}` : `/${locale}/news`),
  article: (locale: Locale, slug: string) => `/${locale}/news/${slug}`,
  partners: (locale: Locale) => `/${locale}/partners`,
  page: (locale: Locale, slug: string) => `/${locale}/${slug}`,
  feed: (locale: Locale) => `/${locale}/feed.xml`,
};
