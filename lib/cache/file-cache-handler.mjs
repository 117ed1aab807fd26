// Without REDIS_URL: Next's own file-system cache (memory in front, .next/ on
// disk), except that only successful answers are stored. Stock Next stores
// every rendered 404 of a dynamic route, so random URLs filled the disk.
import fileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { shouldStore } from "./entry-rules.mjs";

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule;

/** Next's default memory layer (50 MB): next.config sets cacheMaxMemorySize to 0 for the Redis handler's sake. */
const MEMORY_CACHE_BYTES = 50 * 1024 * 1024;

export default class BoundedFileSystemCache extends FileSystemCache {
  constructor(ctx) {
    super({ ...ctx, maxMemoryCacheSize: ctx?.maxMemoryCacheSize || MEMORY_CACHE_BYTES });
  }

  async set(key, data, ctx) {
    if (!shouldStore(data)) return;
    return super.set(key, data, ctx);
  }
}
