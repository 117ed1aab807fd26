import "server-only";
// Expire exactly the cached public data an admin change touched, so the
// public site shows it on the next request (within a second of the save).
import { revalidatePath, revalidateTag, updateTag } from "next/cache";

/** In a server action: read-your-writes expiry (the next request renders fresh). */
export function expireTagsFromAction(...tags: string[]): void {
  for (const tag of new Set(tags)) updateTag(tag);
}

/** In a route handler, where updateTag is not available: expire at once as well. */
export function expireTagsFromRoute(...tags: string[]): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}

/** A public path whose cached page must go now (e.g. an article's old slug after a rename). */
export function expirePath(path: string): void {
  revalidatePath(path);
}
