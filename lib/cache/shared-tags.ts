import "server-only";
// Expiring cache tags where Next's revalidateTag cannot be called (it needs a
// request: e.g. the publication scheduler's timer). Writes to the same store
// the cache handler reads: Redis when REDIS_URL is set, else Next's in-process
// tag manifest that its file-system cache checks.
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external";
import { expireTags, redisSettings, redisState } from "./redis-store.mjs";

export async function expireTagsOutsideRequest(tags: string[]): Promise<void> {
  if (tags.length === 0) return;
  const settings = redisSettings();
  if (settings) {
    await expireTags(redisState(settings), tags);
    return;
  }
  const now = Date.now();
  for (const tag of new Set(tags)) tagsManifest.set(tag, { ...tagsManifest.get(tag), expired: now });
}
