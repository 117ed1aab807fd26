// Without REDIS_URL: Next's own file-system cache (memory in front, .next/ on
// disk), except that only successful answers are stored. Stock Next stores
// every rendered 404 of a dynamic route, so random URLs filled the disk.
import fileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import lruCacheModule from "next/dist/server/lib/lru-cache.js";
import { shouldStore } from "./entry-rules.mjs";

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule;
const { LRUCache } = lruCacheModule;

/** Next's default memory layer (50 MB): next.config sets cacheMaxMemorySize to 0 for the Redis handler's sake. */
const MEMORY_CACHE_BYTES = 50 * 1024 * 1024;

/**
 * What an entry weighs in the memory layer: Next's own estimate, except for data
 * entries (`unstable_cache`, kind FETCH). Next weighs those by
 * `JSON.stringify(value.data).length`, which re-encodes the entry's body (a JSON
 * string already) on every store: 6 ms of CPU for the programme's snapshot at 150
 * sessions, on each render after a programme save. The body's own length is the
 * same figure within a few escapes.
 */
export function entrySize({ value }, key) {
  let size;
  if (!value) size = 25;
  else if (value.kind === "FETCH") {
    const data = value.data ?? {};
    size = (typeof data.body === "string" ? data.body.length : JSON.stringify(data.body ?? "").length) + (data.url?.length ?? 0) + 64;
  } else if (value.kind === "APP_ROUTE") size = value.body?.length ?? 0;
  else if (value.kind === "APP_PAGE") {
    let segments = 0;
    for (const [segmentPath, buffer] of value.segmentData ?? []) segments += segmentPath.length + (buffer?.length ?? 0);
    size = Math.max(1, (value.html?.length ?? 0) + (value.rscData?.length ?? 0) + (value.postponed?.length ?? 0) + segments);
  } else if (value.kind === "REDIRECT") size = JSON.stringify(value.props ?? null).length;
  else size = (value.html?.length ?? 0) + (JSON.stringify(value.pageData ?? null)?.length ?? 0);
  return key.length + size;
}

export default class BoundedFileSystemCache extends FileSystemCache {
  constructor(ctx) {
    // Next creates the memory layer on first use unless one is there: ours weighs data entries cheaply.
    FileSystemCache.memoryCache ??= new LRUCache(ctx?.maxMemoryCacheSize || MEMORY_CACHE_BYTES, entrySize);
    super({ ...ctx, maxMemoryCacheSize: ctx?.maxMemoryCacheSize || MEMORY_CACHE_BYTES });
  }

  async set(key, data, ctx) {
    if (!shouldStore(data)) return;
    return super.set(key, data, ctx);
  }
}
