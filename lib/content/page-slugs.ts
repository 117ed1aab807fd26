// The event pages' slugs per locale (content/pages), listed once per process:
// proxy.ts needs them for every request and must not touch the disk each time.
// Pages are edited in git and deployed, so the set does not change while a
// server runs.
import type { Locale } from "@/lib/site-config";
import { listPageSlugs } from "./pages";

type SlugsByLocale = Record<Locale, ReadonlySet<string>>;

let slugs: Promise<SlugsByLocale> | undefined;

// Spelled out per locale so that a new locale fails type-checking here until it is listed.
async function listAll(): Promise<SlugsByLocale> {
  const [en, ru] = await Promise.all([listPageSlugs("en"), listPageSlugs("ru")]);
  return { en: new Set(en), ru: new Set(ru) };
}

export function contentPageSlugs(): Promise<SlugsByLocale> {
  slugs ??= listAll();
  // A failed listing is not kept: the next request lists again.
  slugs.catch(() => (slugs = undefined));
  return slugs;
}
