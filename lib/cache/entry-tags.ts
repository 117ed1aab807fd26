import "server-only";
// Tags for the cache entry being rendered, without a data-cache entry of their own.
//
// unstable_cache adds its tags to the entry of the page or route handler that
// calls it (x-next-cache-tags), so the page expires with its data, and stores
// the data as an entry too. For an article's lookup that second entry was pure
// cost: the page and its data carry the same tag, so they expire together, and
// a page miss found the data entry missing as well (about 0.2 ms of CPU and a
// 15 KB entry per miss, plus a Redis GET and SET with REDIS_URL). This adds the
// tags the way unstable_cache does (Next 16.4's spec-extension/unstable-cache.ts:
// the work unit store's `tags`, read when the entry is stored) and stores nothing.
// Outside a render that is stored (a request that is not cached, a script, a
// test) there is no such store and nothing happens, as with unstable_cache.
// tests/int/public-data-cache.int.test.ts runs it inside Next's own store, so a
// Next upgrade that moves the store fails there.
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";

/** The kinds of work unit whose tags end up on a stored entry (unstable_cache's own list). */
const STORED_WORK_UNITS = new Set(["cache", "private-cache", "prerender", "prerender-runtime", "prerender-legacy"]);

export function tagRenderedEntry(tags: readonly string[]): void {
  const store = workUnitAsyncStorage.getStore();
  if (!store || !STORED_WORK_UNITS.has(store.type) || !("tags" in store)) return;
  if (store.tags === null) {
    store.tags = [...tags];
    return;
  }
  for (const tag of tags) if (!store.tags.includes(tag)) store.tags.push(tag);
}
