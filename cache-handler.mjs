// Next's cache handler (next.config.ts `cacheHandler`), loaded by Node at run
// time, not bundled. With REDIS_URL: one Redis cache shared by every instance
// (lib/cache/redis-cache-handler.mjs). Without it, or while `next build`
// runs: Next's file-system cache, minus 404s (lib/cache/file-cache-handler.mjs).
import BoundedFileSystemCache from "./lib/cache/file-cache-handler.mjs";
import RedisCacheHandler from "./lib/cache/redis-cache-handler.mjs";
import { redisSettings } from "./lib/cache/redis-store.mjs";

const building = process.env.NEXT_PHASE === "phase-production-build";

export default !building && redisSettings() ? RedisCacheHandler : BoundedFileSystemCache;
