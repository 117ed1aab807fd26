// <head> metadata of public pages: title, description, canonical URL, the
// hreflang alternates and Open Graph, all absolute (SITE_URL). One description
// of a page (PageMeta), written into every public document's head by
// components/site/site-document.tsx (PageHeadTags): the tags Next's metadata
// wrote when these were App Router pages.
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
  /** The title as it is, without the forum's short name after it (home: the title is the forum's name). */
  absoluteTitle?: boolean;
};

const OG_LOCALE: Record<Locale, string> = { en: "en_US", ru: "ru_RU" };

/** "<page title> — <forum's short name>": every page's title but home's. */
export function titleTemplate(locale: Locale): string {
  return `%s — ${siteConfig.shortName[locale]}`;
}

/** What the head says about a page, with every address absolute. */
export function pageHead({ locale, title, description, path, alternates, type = "website", publishedTime, image, absoluteTitle }: PageMeta) {
  const languages = hreflangLinks({ [locale]: path, ...alternates });
  const translatedInto = locales.filter((l) => l !== locale && languages[l]);
  return {
    title,
    fullTitle: absoluteTitle ? title : titleTemplate(locale).replace("%s", title),
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
