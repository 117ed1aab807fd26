// The hreflang links of a page, for its <head> and its sitemap entry alike:
// the page itself, its translation where one exists, and x-default (the
// default locale's version) when there is a choice of language. A page
// without a translation lists only itself: an x-default would name the same
// URL, and a crawler gains nothing from it. Every page that lists another
// is listed back by it (both are built from the same pair of paths).
import { defaultLocale, locales, type Locale } from "./site-config";
import { absoluteUrl } from "./urls";

export function hreflangLinks(paths: Partial<Record<Locale, string>>): Record<string, string> {
  const links: Record<string, string> = {};
  for (const locale of locales) {
    const path = paths[locale];
    if (path) links[locale] = absoluteUrl(path);
  }
  if (Object.keys(links).length > 1 && links[defaultLocale]) links["x-default"] = links[defaultLocale];
  return links;
}
