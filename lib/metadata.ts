// <head> metadata of public pages: title, description, canonical URL, the
// hreflang alternates and Open Graph, all absolute (SITE_URL). One description
// of a page (PageMeta), two renderings: pageMetadata() for App Router pages
// (Next writes the tags) and components/site/document-head.tsx for article
// documents, which write the same tags themselves.
import type { Metadata } from "next";
import { hreflangLinks } from "./hreflang";
import { homeImagePath, SHARE_IMAGE } from "./og/share-image-url";
import { locales, siteConfig, type Locale } from "./site-config";
import { absoluteUrl } from "./urls";

export type PageMeta = {
  locale: Locale;
  title: string;
  description: string;
  path: string;
  /** Paths of this page per locale, where it exists (the page's own is added if missing). */
  alternates?: Partial<Record<Locale, string>>;
  type?: "website" | "article";
  publishedTime?: string;
  /** The page's share image (lib/og); the home page's when it has none of its own. */
  image?: string;
  /** Kept out of search engines' indexes (search results). */
  noindex?: boolean;
};

const OG_LOCALE: Record<Locale, string> = { en: "en_US", ru: "ru_RU" };

/** "<page title> — <forum's short name>": every page's title but home's. */
export function titleTemplate(locale: Locale): string {
  return `%s — ${siteConfig.shortName[locale]}`;
}

/** What the head says about a page, with every address absolute. */
export function pageHead({ locale, title, description, path, alternates, type = "website", publishedTime, image }: PageMeta) {
  const languages = hreflangLinks({ [locale]: path, ...alternates });
  const translatedInto = locales.filter((l) => l !== locale && languages[l]);
  return {
    title,
    fullTitle: titleTemplate(locale).replace("%s", title),
    description,
    canonical: absoluteUrl(path),
    languages,
    rss: absoluteUrl(`/${locale}/feed.xml`),
    openGraph: {
      type,
      title,
      description,
      url: absoluteUrl(path),
      siteName: siteConfig.name[locale],
      locale: OG_LOCALE[locale],
      alternateLocale: translatedInto.map((l) => OG_LOCALE[l]),
      image: { url: absoluteUrl(image ?? homeImagePath(locale)), ...SHARE_IMAGE, alt: title },
      ...(publishedTime ? { publishedTime } : {}),
    },
  };
}

export function pageMetadata(meta: PageMeta): Metadata {
  const head = pageHead(meta);
  return {
    title: head.title,
    description: head.description,
    alternates: { canonical: head.canonical, languages: head.languages, types: { "application/rss+xml": head.rss } },
    openGraph: { ...head.openGraph, images: [head.openGraph.image] },
    twitter: { card: "summary_large_image", title: head.title, description: head.description, images: [head.openGraph.image] },
    ...(meta.noindex ? { robots: { index: false } } : {}),
  };
}
