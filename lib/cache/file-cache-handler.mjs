// Without REDIS_URL: Next's own file-system cache, with two changes.
// - Only successful answers are stored. Stock Next stores every rendered 404 of
//   a dynamic route, so random URLs filled the disk.
// - At run time it keeps what it stores in memory only (a 50 MB LRU), never on
//   disk. Writing each render to .next/ (three files: page, its metadata, the
//   article's data) and looking for absent files on every miss cost about a third
//   of an article miss's server CPU (npm run bench); the disk copy was worth
//   nothing, since a restart must forget it anyway (tag expiries live in memory:
//   clearEarlierRuntimeEntries below) and a single instance serves from memory.
//   What `next build` prerendered is still read from .next/. A site whose pages
//   outgrow the memory budget re-renders the least recently used ones, or runs
//   with REDIS_URL, whose cache is shared and as large as Redis.
import { readdirSync, readFileSync, renameSync } from "node:fs";
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

const prerenderedByDir = new Map();

/**
 * The paths `next build` prerendered (.next/prerender-manifest.json): the only
 * route entries on disk at run time. Null when the manifest cannot be read, and
 * then every look-up goes to disk as in stock Next.
 * @returns {Set<string> | null}
 */
function prerenderedPaths(serverDistDir) {
  if (!prerenderedByDir.has(serverDistDir)) {
    let paths = null;
    try {
      const manifest = JSON.parse(readFileSync(path.join(serverDistDir, "..", "prerender-manifest.json"), "utf8"));
      paths = new Set(Object.keys(manifest.routes ?? {}));
    } catch {
      paths = null;
    }
    prerenderedByDir.set(serverDistDir, paths);
  }
  return prerenderedByDir.get(serverDistDir);
}

/**
 * Whether a look-up that memory cannot answer could find anything on disk, when
 * nothing is written there at run time: only a route `next build` prerendered
 * (the part of its key after `/$`, Next's build seed). A data entry never: Next
 * itself discards one read from disk when it does not write there.
 */
function couldBeOnDisk(key, kind, prerendered) {
  if (kind === "FETCH") return false;
  if (!prerendered) return true;
  const marker = key.indexOf("/$/");
  return marker === -1 || prerendered.has(key.slice(marker + 2));
}

/** Entries and bytes in the memory layer: for /api/health, and the bounded-cache test that reads it. */
export function memoryCacheStats() {
  const memory = FileSystemCache.memoryCache;
  return { entries: memory?.size ?? 0, bytes: memory?.currentSize ?? 0, limitBytes: memory?.maxSize ?? 0 };
}

// Read by /api/health (bundled apart from this file, which Node loads at run time): installed
// once when Next loads the handler, not in the constructor, which runs for every request.
globalThis[Symbol.for("podium.cacheMemoryStats")] = memoryCacheStats;

export default class BoundedFileSystemCache extends FileSystemCache {
  constructor(ctx) {
    const building = process.env.NEXT_PHASE === "phase-production-build";
    if (ctx?.flushToDisk) clearEarlierRuntimeEntries(ctx.serverDistDir);
    // Next creates the memory layer on first use unless one is there: ours weighs data entries cheaply.
    FileSystemCache.memoryCache ??= new LRUCache(ctx?.maxMemoryCacheSize || MEMORY_CACHE_BYTES, entrySize);
    // `next build` writes its prerendered pages to disk as usual; at run time, memory only.
    super({ ...ctx, flushToDisk: building ? ctx?.flushToDisk : false, maxMemoryCacheSize: ctx?.maxMemoryCacheSize || MEMORY_CACHE_BYTES });
    this.memoryOnly = !building;
    this.prerendered = this.memoryOnly && ctx?.serverDistDir ? prerenderedPaths(ctx.serverDistDir) : null;
  }

  async get(key, ctx) {
    // A miss costs no file look-ups (an existsSync, a synchronous read and a failed open for each page and data entry).
    if (this.memoryOnly && !FileSystemCache.memoryCache?.has(key) && !couldBeOnDisk(key, ctx?.kind, this.prerendered)) return null;
    return super.get(key, ctx);
  }

  async set(key, data, ctx) {
    if (!shouldStore(data)) return;
    return super.set(key, data, ctx);
  }
}
