// Without REDIS_URL: Next's own file-system cache (memory in front, .next/ on
// disk), except that only successful answers are stored. Stock Next stores
// every rendered 404 of a dynamic route, so random URLs filled the disk.
import { readdirSync, renameSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
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

/** The folders where the handler writes at run time (pages and route answers; data), under `.next/server`. */
export function runtimeEntryDirs(serverDistDir) {
  return [path.join(serverDistDir, "route-cache"), path.join(serverDistDir, "..", "cache", "fetch-cache")];
}

const clearedDirs = new Set();

/**
 * Forgets what earlier processes stored at run time, once per process and folder.
 * Tag expiries live only in the process's memory (Next's tags manifest): after a
 * restart, a page that a save had expired but nobody had asked for since was read
 * back from disk and served as current, for good (pages have no lifetime). Seen:
 * /en/program HIT after expire + restart. The build's own outputs are elsewhere
 * (.next/server/app) and stay; not while `next build` runs.
 */
export function clearEarlierRuntimeEntries(serverDistDir) {
  if (!serverDistDir || process.env.NEXT_PHASE === "phase-production-build" || clearedDirs.has(serverDistDir)) return;
  clearedDirs.add(serverDistDir);
  for (const dir of runtimeEntryDirs(serverDistDir)) {
    // Moved aside at once (one rename, so this first request does not wait on a
    // large folder), deleted in the background with any a stopped process left.
    const parent = path.dirname(dir);
    const aside = `${path.basename(dir)}.old-`;
    try {
      renameSync(dir, path.join(parent, `${aside}${process.pid}-${Date.now()}`));
    } catch (error) {
      if (error?.code !== "ENOENT") throw error;
    }
    let leftovers = [];
    try {
      leftovers = readdirSync(parent).filter((name) => name.startsWith(aside));
    } catch {
      // no parent folder yet: nothing was stored
    }
    for (const name of leftovers) rm(path.join(parent, name), { recursive: true, force: true }).catch(() => {});
  }
}

export default class BoundedFileSystemCache extends FileSystemCache {
  constructor(ctx) {
    if (ctx?.flushToDisk) clearEarlierRuntimeEntries(ctx.serverDistDir);
    // Next creates the memory layer on first use unless one is there: ours weighs data entries cheaply.
    FileSystemCache.memoryCache ??= new LRUCache(ctx?.maxMemoryCacheSize || MEMORY_CACHE_BYTES, entrySize);
    super({ ...ctx, maxMemoryCacheSize: ctx?.maxMemoryCacheSize || MEMORY_CACHE_BYTES });
  }

  async set(key, data, ctx) {
    if (!shouldStore(data)) return;
    return super.set(key, data, ctx);
  }
}
