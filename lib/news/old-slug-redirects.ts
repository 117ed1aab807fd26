// "Is this the old slug of a public article?", asked by proxy.ts so that an old
// article URL answers a real 301 (a page can only answer 307 or 308).
//
// The proxy runs before the page cache on every article request, so answers are
// kept in memory per (locale, slug) for a short while: a cached article costs a
// Map lookup, not a query. The cache lives on globalThis because proxy.ts and the
// app are separate bundles in one process; the admin's slug change clears it, so
// one instance answers the new redirect at once. Other instances learn within
// TTL_MS, and until then the article page itself answers 308 for the old slug.
// A database failure is not the proxy's problem: it answers "no redirect" and
// the page decides.
import { createDb, type Database } from "@/db/client";
import { resolveDatabaseUrl } from "@/db/connection-url";
import { getRedirectedSlug } from "@/db/queries/news";
import type { Locale } from "@/lib/site-config";

const TTL_MS = 10_000;
const MAX_ENTRIES = 10_000;

type Entry = { target: string | null; expires: number };
type State = { entries: Map<string, Entry>; db?: Promise<Database> };

const key = Symbol.for("podium.oldSlugRedirects");
const state: State = ((globalThis as Record<symbol, State>)[key] ??= { entries: new Map() });

function database(): Promise<Database> {
  state.db ??= resolveDatabaseUrl()
    .then((url) => createDb(url, { max: 2 }).db)
    .catch((error: unknown) => {
      state.db = undefined; // try again on a later request
      throw error;
    });
  return state.db;
}

/** The current slug an old one moved to, or null (also when the database cannot say). */
export async function findOldSlugTarget(
  locale: Locale,
  slug: string,
  lookup: (locale: Locale, slug: string) => Promise<string | null> = async (l, s) => getRedirectedSlug(await database(), l, s),
): Promise<string | null> {
  const id = `${locale}/${slug}`;
  const now = Date.now();
  const cached = state.entries.get(id);
  if (cached && cached.expires > now) return cached.target;

  let target: string | null;
  try {
    target = await lookup(locale, slug);
  } catch {
    return null; // not cached: the next request asks again
  }
  state.entries.delete(id); // re-insert at the end: the Map's order is the eviction order
  state.entries.set(id, { target, expires: now + TTL_MS });
  if (state.entries.size > MAX_ENTRIES) state.entries.delete(state.entries.keys().next().value!);
  return target;
}

/** Called after a slug changes or an article is created, deleted or unpublished. */
export function forgetOldSlugRedirects(): void {
  state.entries.clear();
}
