import "server-only";
// Expire exactly the cached public data an admin change touched, so the
// public site shows it on the next request (within a second of the save), and
// refresh the edge (nginx) copies of the pages it touched.
//
// A render that read the database just before a save and is stored just after
// its expiry must not count as fresh. The shared cache (Redis) dates every
// entry by the miss that started its render (lib/cache/miss-times.mjs), so one
// expiry is enough there. Next's file-system cache dates entries by their
// write, so without Redis each expiry is repeated shortly after the response:
// a render lasts tens of milliseconds, and repeats at +0.25, +0.6 and +1.2 s
// catch it (`npm run bench` once saw a 2.5 s tail with repeats at +0.3 and +2 s,
// and a 10 s timeout with none). With Redis the repeats only cost: each one
// re-rendered every touched page under load, which doubled the time a save
// took to show on the other instance (npm run test:scale, check a).
// The edge (nginx) is refreshed at once and again 1.2 s later: nginx may have
// stored a render that started before the save, and its own 1-2 s lifetime is
// the backstop in between.
import { after } from "next/server";
import { revalidateTag, updateTag } from "next/cache";
import { describeFailures, edgeRefreshBases, refreshEdge, type RefreshFailure } from "@/lib/edge-refresh";
import { redisSettings } from "@/lib/cache/redis-store.mjs";
import { expireTagsOutsideRequest } from "@/lib/cache/shared-tags";

/** Times after the response at which the expiry is repeated (file-system cache only); the last is also the edge's second refresh. */
const REPEAT_AT_MS = [250, 600, 1_200];
const SECOND_EDGE_REFRESH_MS = REPEAT_AT_MS.at(-1)!;

function repeatLater(expire: () => void, edgePaths: string[]): void {
  const refresh = edgeRefreshBases().length > 0 && edgePaths.length > 0;
  const repeats = redisSettings() ? [] : REPEAT_AT_MS;
  if (!refresh && repeats.length === 0) return;
  after(async () => {
    const start = Date.now();
    const waitUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, start + at - Date.now())));
    const failures: RefreshFailure[] = [];
    if (refresh) failures.push(...(await refreshEdge(edgePaths)));
    for (const at of repeats) {
      await waitUntil(at);
      expire();
    }
    if (refresh) {
      await waitUntil(SECOND_EDGE_REFRESH_MS);
      failures.push(...(await refreshEdge(edgePaths)));
    }
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
  // Next writes these expiries to the cache handler only when the action has
  // returned; the shared cache gets them now, so other instances stop serving
  // the old page while this one is still rendering the action's answer.
  if (redisSettings()) void expireTagsOutsideRequest(unique);
  repeatLater(() => unique.forEach((tag) => revalidateTag(tag, { expire: 0 })), paths);
}

/** In a route handler, where updateTag is not available: expire at once as well. */
export function expireFromRoute({ tags, paths }: Stale): void {
  const unique = [...new Set(tags)];
  const expire = () => unique.forEach((tag) => revalidateTag(tag, { expire: 0 }));
  expire();
  repeatLater(expire, paths);
}

export function expireTagsFromRoute(...tags: string[]): void {
  expireFromRoute({ tags, paths: [] });
}
