// Turns a title into an article slug that passes lib/slug.ts: Cyrillic spelled
// in Latin, accents dropped, everything else that is not a letter or digit
// becomes a single hyphen.
import { isValidSlug } from "@/lib/slug";
import { transliterate } from "./transliterate";

/** Slugs an article may never take: /<locale>/news/page/N is the feed's own path. */
export const reservedSlugs: ReadonlySet<string> = new Set(["page"]);

/** Longest slug we make from a title; lib/slug.ts allows up to 200. */
const MAX_SLUG_FROM_TITLE = 80;

export function slugify(text: string, maxLength = MAX_SLUG_FROM_TITLE): string {
  const latin = transliterate(text)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // combining accents: é → e
    .replace(/ß/g, "ss")
    .replace(/[æÆ]/g, "ae")
    .replace(/[øØ]/g, "o")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’`ʼ]/g, "") // "forum's" → "forums", not "forum-s"
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (latin.length <= maxLength) return latin;
  // Cut at a word boundary where there is one in the second half.
  const cut = latin.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut.slice(0, maxLength)).replace(/-+$/, "");
}

/** Why `slug` cannot be used; null when it can. Worded as news.errors.slug<Problem> in the admin's messages. */
export type SlugProblem = "missing" | "invalid" | "reserved";

export function slugProblem(slug: string): SlugProblem | null {
  if (slug.length === 0) return "missing";
  if (!isValidSlug(slug)) return "invalid";
  if (reservedSlugs.has(slug)) return "reserved";
  return null;
}

/** `base`, or `base-2`, `base-3`, … : the first that `taken` does not hold. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base) && !reservedSlugs.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
