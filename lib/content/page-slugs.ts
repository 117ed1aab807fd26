// The event pages' slugs per locale, read once from content/pages: proxy.ts
// needs them for every request and must not touch the disk each time. Pages
// are edited in git and deployed, so the set does not change while a server runs.
import { readdirSync } from "node:fs";
import path from "node:path";
import { locales, type Locale } from "@/lib/site-config";

let slugs: Record<Locale, ReadonlySet<string>> | undefined;

export function contentPageSlugs(): Record<Locale, ReadonlySet<string>> {
  slugs ??= Object.fromEntries(
    locales.map((locale) => {
      let names: string[] = [];
      try {
        names = readdirSync(path.join(process.cwd(), "content", "pages", locale))
          .filter((name) => name.endsWith(".mdx"))
          .map((name) => name.slice(0, -".mdx".length));
      } catch {
        // No folder: the locale has no event pages.
      }
      return [locale, new Set(names)];
    }),
  ) as unknown as Record<Locale, ReadonlySet<string>>;
  return slugs;
}
