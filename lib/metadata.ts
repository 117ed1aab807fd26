// <head> metadata of public pages: title, description, canonical URL and the
// hreflang alternates, all absolute (SITE_URL).
import type { Metadata } from "next";
import { siteConfig, type Locale } from "./site-config";
import { absoluteUrl } from "./urls";

type PageMeta = {
  locale: Locale;
  title: string;
  description: string;
  path: string;
  /** Paths of this page per locale, where it exists. */
  alternates?: Partial<Record<Locale, string>>;
  type?: "website" | "article";
  publishedTime?: string;
};

export function pageMetadata({ locale, title, description, path, alternates, type = "website", publishedTime }: PageMeta): Metadata {
  const languages: Record<string, string> = {};
  for (const [lang, p] of Object.entries(alternates ?? {})) languages[lang] = absoluteUrl(p);
  return {
    title,
    description,
    alternates: { canonical: absoluteUrl(path), languages, types: { "application/rss+xml": absoluteUrl(`/${locale}/feed.xml`) } },
    openGraph: {
      type,
      title,
      description,
      url: absoluteUrl(path),
      siteName: siteConfig.name[locale],
      locale: locale === "ru" ? "ru_RU" : "en_US",
      ...(publishedTime ? { publishedTime } : {}),
    },
  };
}
