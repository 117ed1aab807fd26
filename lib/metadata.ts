// <head> metadata of public pages: title, description, canonical URL, the
// hreflang alternates and Open Graph, all absolute (SITE_URL). One description
// of a page (PageMeta), two renderings: pageMetadata() for App Router pages
// (Next writes the tags) and components/site/document-head.tsx for article
// documents, which write the same tags themselves.
import type { Metadata } from "next";
import { siteConfig, type Locale } from "./site-config";
import { absoluteUrl } from "./urls";

export type PageMeta = {
  locale: Locale;
  title: string;
  description: string;
  path: string;
  /** Paths of this page per locale, where it exists. */
  alternates?: Partial<Record<Locale, string>>;
  type?: "website" | "article";
  publishedTime?: string;
  /** A variant of another page (a filtered programme, a search): kept out of search results, its links still followed. */
  noindex?: boolean;
};

/** "<page title> — <forum's short name>": every page's title but home's. */
export function titleTemplate(locale: Locale): string {
  return `%s — ${siteConfig.shortName[locale]}`;
}

/** What the head says about a page, with every address absolute. */
export function pageHead({ locale, title, description, path, alternates, type = "website", publishedTime, noindex = false }: PageMeta) {
  const languages: Record<string, string> = {};
  for (const [lang, p] of Object.entries(alternates ?? {})) languages[lang] = absoluteUrl(p);
  return {
    title,
    fullTitle: titleTemplate(locale).replace("%s", title),
    description,
    canonical: absoluteUrl(path),
    languages,
    rss: absoluteUrl(`/${locale}/feed.xml`),
    noindex,
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

export function pageMetadata(meta: PageMeta): Metadata {
  const head = pageHead(meta);
  return {
    title: head.title,
    description: head.description,
    alternates: { canonical: head.canonical, languages: head.languages, types: { "application/rss+xml": head.rss } },
    openGraph: head.openGraph,
  };
}
