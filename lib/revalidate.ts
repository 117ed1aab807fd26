import "server-only";
// Expire exactly the cached public data an admin change touched, so the
// public site shows it on the next request (within a second of the save).
//
// Each expiry is repeated three times shortly after the response. Next dates a cache
// entry by when it was stored, not by when its data was read: a visitor's
// render that read the database just before the save and is stored just after
// the expiry would otherwise count as fresh and show the old text until the
// page's lifetime ends (30 s for news; never, for partners). `npm run bench`
// hit this when polling the public page during admin saves (a 2.5 s tail with
// repeats at +0.3 and +2 s, a 10 s timeout with none). A render lasts tens
// of milliseconds, so expiring again at +0.25, +0.6 and +1.2 s catches it; the cost is
// at most three extra renders of the pages the save touched.
import { after } from "next/server";
import { revalidatePath, revalidateTag, updateTag } from "next/cache";

const REPEAT_AFTER_MS = [250, 350, 600];

function repeatLater(expire: () => void): void {
  after(async () => {
    for (const delay of REPEAT_AFTER_MS) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      expire();
    }
  });
}

/** In a server action: read-your-writes expiry (the next request renders fresh). */
export function expireTagsFromAction(...tags: string[]): void {
  const unique = [...new Set(tags)];
  for (const tag of unique) updateTag(tag);
  repeatLater(() => unique.forEach((tag) => revalidateTag(tag, { expire: 0 })));
}

/** In a route handler, where updateTag is not available: expire at once as well. */
export function expireTagsFromRoute(...tags: string[]): void {
  const unique = [...new Set(tags)];
  const expire = () => unique.forEach((tag) => revalidateTag(tag, { expire: 0 }));
  expire();
  repeatLater(expire);
}

/** A public path whose cached page must go now (e.g. an article's old slug after a rename). */
export function expirePath(path: string): void {
  revalidatePath(path);
  repeatLater(() => revalidatePath(path));
}
