// What the cache handlers store and how long: shared by the Redis handler and
// the file-system one. Plain JavaScript because Next loads the handler with
// Node's own import(), outside the app bundle.

/** Kinds of response entries (Next's CachedRouteKind values). */
const RESPONSE_KINDS = new Set(["APP_PAGE", "APP_ROUTE", "PAGES"]);

/** The longest an entry lives in Redis without being read again; evicted entries just re-render. */
const MAX_ENTRY_TTL_SECONDS = 24 * 60 * 60;

/**
 * Only successful answers are kept. A 404 (an unknown article, a feed page past
 * the end, any random URL) or a redirect is rendered again on its next request:
 * storing them would let anyone fill the cache with made-up URLs.
 * @param {any} data the value Next asks to store
 */
export function shouldStore(data) {
  if (!data || typeof data !== "object") return false;
  if (data.kind === "REDIRECT" || data.kind === "IMAGE") return false;
  if (RESPONSE_KINDS.has(data.kind)) {
    const status = data.status ?? 200;
    return status >= 200 && status < 300;
  }
  return data.kind === "FETCH";
}

/**
 * The tags an entry depends on. A page or route carries the tags of the data it
 * read and its implicit path tags in the `x-next-cache-tags` header; a data
 * entry (unstable_cache, fetch) gets its tags from the call.
 * @param {any} data
 * @param {{ tags?: string[] } | undefined} ctx
 * @returns {string[]}
 */
export function tagsOf(data, ctx) {
  const tags = new Set();
  const header = data?.headers?.["x-next-cache-tags"];
  if (typeof header === "string") for (const tag of header.split(",")) if (tag) tags.add(tag);
  for (const tag of ctx?.tags ?? []) tags.add(tag);
  for (const tag of data?.tags ?? []) tags.add(tag);
  return [...tags];
}

/**
 * Seconds an entry stays in Redis: its own expiry when Next gives a shorter one,
 * else a day. Entries always carry a TTL so that `maxmemory-policy volatile-lru`
 * can evict them; the tag timestamps never do, so eviction can never drop an expiry.
 * @param {{ expire?: number } | undefined} cacheControl
 */
export function ttlSeconds(cacheControl) {
  const expire = cacheControl?.expire;
  if (typeof expire === "number" && expire > 0) return Math.max(1, Math.min(Math.ceil(expire), MAX_ENTRY_TTL_SECONDS));
  return MAX_ENTRY_TTL_SECONDS;
}
