// STUB for branch `miss`, replaced at merge by the lead's lib/cache/shared-tags.ts
// (same signature). Expires tags outside a request (where Next's revalidateTag
// throws), e.g. from the publication scheduler's timer.
//
// This stub covers the default single-instance cache only: it marks the tags
// expired in Next's in-process tags manifest, the table the built-in cache
// (FileSystemCache) checks on every read; the ".external" module is shared by
// the server and the app bundles. The lead's version writes to the store the
// Redis cache handler reads.
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external";

export async function expireTagsOutsideRequest(tags: string[]): Promise<void> {
  const now = Date.now();
  for (const tag of new Set(tags)) tagsManifest.set(tag, { ...tagsManifest.get(tag), expired: now });
}
