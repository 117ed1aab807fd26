// Where a page's share image is (og:image), and what a request for one asks for.
import { createHash } from "node:crypto";
import { isLocale, type Locale } from "@/lib/site-config";
import { isValidSlug } from "@/lib/slug";

/** The size Open Graph and X (Twitter) large cards expect. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

export type ShareImageFile = { kind: "home"; locale: Locale } | { kind: "news"; locale: Locale; slug: string };

export function parseShareImageFile(name: string): ShareImageFile | null {
  const home = /^home-([a-z]{2})\.png$/.exec(name);
  if (home && isLocale(home[1]!)) return { kind: "home", locale: home[1] };
  const news = /^news-([a-z]{2})-(.+)\.png$/.exec(name);
  if (news && isLocale(news[1]!) && isValidSlug(news[2]!)) return { kind: "news", locale: news[1], slug: news[2]! };
  return null;
}

/** The home page's image: also the image of every page that has none of its own. */
export function homeImagePath(locale: Locale): string {
  return `/og/home-${locale}.png`;
}

/**
 * An article's image, versioned by its title: a new title is a new URL for
 * the caches of social networks, which keep an image by its address.
 */
export function articleImagePath(locale: Locale, slug: string, title: string): string {
  const version = createHash("sha256").update(title).digest("base64url").slice(0, 10);
  return `/og/news-${locale}-${slug}.png?v=${version}`;
}
