import "server-only";
// Expire exactly the cached public data an admin change touched, so the
// public site shows it on the next request (within a second of the save), and
// refresh the edge (nginx) copies of the pages it touched.
//
// Each expiry is repeated three times shortly after the response. Next dates a cache
// entry by when it was stored, not by when its data was read: a visitor's
// render that read the database just before the save and is stored just after
// the expiry would otherwise count as fresh and show the old text until the
// next save touches the page. `npm run bench`
// hit this when polling the public page during admin saves (a 2.5 s tail with
// repeats at +0.3 and +2 s, a 10 s timeout with none). A render lasts tens
// of milliseconds, so expiring again at +0.25, +0.6 and +1.2 s catches it; the cost is
// at most three extra renders of the pages the save touched. The edge (nginx)
// is refreshed at once and again after the last repeat: nginx may have stored
// such a late render, and its own 1-2 s lifetime is the backstop in between.
// (Refreshing after every repeat doubled the time a save took to show on a
// 2-core machine: each round is a burst of renders.)
import { after } from "next/server";
import { revalidateTag, updateTag } from "next/cache";
import { describeFailures, edgeRefreshBases, refreshEdge, type RefreshFailure } from "@/lib/edge-refresh";

/** Times after the response at which the expiry is repeated, from the first. */
const REPEAT_AT_MS = [250, 600, 1_200];

function repeatLater(expire: () => void, edgePaths: string[]): void {
  const refresh = edgeRefreshBases().length > 0 && edgePaths.length > 0;
  after(async () => {
    const start = Date.now();
    const failures: RefreshFailure[] = [];
    if (refresh) failures.push(...(await refreshEdge(edgePaths)));
    for (const at of REPEAT_AT_MS) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, start + at - Date.now())));
      expire();
    }
    if (refresh) failures.push(...(await refreshEdge(edgePaths)));
    const line = describeFailures(failures);
    if (line) console.error(line);
  });
}

/** What to expire and which public paths to refresh at the edge (lib/news/expiry.ts computes it for articles). */
export type Stale = { tags: string[]; paths: string[] };

/** In a server action: read-your-writes expiry (the next request renders fresh), then the edge refresh. */
export function expireFromAction({ tags, paths }: Stale): void {
  const unique = [...new Set(tags)];
  for (const tag of unique) updateTag(tag);
  repeatLater(() => unique.forEach((tag) => revalidateTag(tag, { expire: 0 })), paths);
}

/** In a route handler, where updateTag is not available: expire at once as well. */
export function expireFromRoute({ tags, paths }: Stale): void {
  const unique = [...new Set(tags)];
  const expire = () => unique.forEach((tag) => revalidateTag(tag, { expire: 0 }));
  expire();
  repeatLater(expire, paths);
}

/** Tags only (partners: the micro-cache's TTL is their edge backstop). */
export function expireTagsFromAction(...tags: string[]): void {
  expireFromAction({ tags, paths: [] });
}

export function expireTagsFromRoute(...tags: string[]): void {
  expireFromRoute({ tags, paths: [] });
}
