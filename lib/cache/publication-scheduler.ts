import "server-only";
// Scheduled articles go public by an expiry at their time, not by a timer on
// every page. One timer per process: it wakes at the next publish time of a
// published article that is not public yet (or after MAX_WAIT_MS, whichever is
// sooner), expires what those articles' going public changes (the lists of
// their locale, their own pages, their translations' pages, the sitemap), then
// sleeps until the next one.
//
// The cap is the backstop for saves on other instances: an article scheduled
// there is seen here within a minute. A save on this instance calls
// reschedulePublications() to look again at once. Every instance expires the
// same tags at the same time; a second expiry of a tag only costs a render.
//
// Times come from the database's clock, the one "published_at <= now()" in the
// public queries uses, so an expiry never runs before the article is public.
import { cacheTags } from "@/db/cache-tags";
import { getDb } from "@/db";
import { databaseNow, listNewlyPublic, nextScheduledPublication, type NewlyPublic } from "@/db/queries/news";
import { expireTagsOutsideRequest } from "@/lib/cache/shared-tags";
import { describeFailures, refreshEdge } from "@/lib/edge-refresh";
import { sitemapFileOf } from "@/lib/news/expiry";
import type { Stale } from "@/lib/revalidate";
import { locales } from "@/lib/site-config";
import { paths } from "@/lib/urls";

const MAX_WAIT_MS = 60_000;
/**
 * On start, articles that went public this long ago are expired once more: the
 * process may have been down at their time, and the cache (Redis, or .next/ on
 * disk) outlives it.
 */
const LOOK_BACK_ON_START_MS = 24 * 3_600_000;
/** After a failed tick (database or cache store down): try again soon, from the same point. */
const RETRY_MS = 5_000;

export type SchedulerDeps = {
  now: () => Promise<Date>;
  newlyPublic: (after: Date, upTo: Date) => Promise<NewlyPublic[]>;
  next: (after: Date) => Promise<Date | null>;
  expire: (tags: string[]) => Promise<void>;
  refresh: (paths: string[]) => Promise<void>;
  maxWaitMs: number;
  retryMs: number;
};

const defaultDeps: SchedulerDeps = {
  now: async () => databaseNow(await getDb()),
  newlyPublic: async (after, upTo) => listNewlyPublic(await getDb(), after, upTo, locales),
  next: async (after) => nextScheduledPublication(await getDb(), after, locales),
  expire: expireTagsOutsideRequest,
  refresh: async (edgePaths) => {
    const line = describeFailures(await refreshEdge(edgePaths));
    if (line) console.error(line);
  },
  maxWaitMs: MAX_WAIT_MS,
  retryMs: RETRY_MS,
};

/** What the articles' going public makes stale: tags to expire and paths to refresh at the edge. */
export function publicationExpiry(articles: NewlyPublic[]): Stale {
  const tags = new Set<string>([cacheTags.sitemapIds]);
  const edge = new Set<string>(["/sitemap.xml"]);
  for (const a of articles) {
    tags.add(cacheTags.newsList(a.locale)).add(cacheTags.articleSlug(a.locale, a.slug)).add(cacheTags.sitemapFile(sitemapFileOf(a.id)));
    edge.add(paths.home(a.locale)).add(paths.news(a.locale)).add(paths.feed(a.locale)).add(paths.article(a.locale, a.slug));
    for (const t of a.translations) {
      tags.add(cacheTags.articleSlug(t.locale, t.slug)).add(cacheTags.sitemapFile(sitemapFileOf(t.id)));
      edge.add(paths.article(t.locale, t.slug));
    }
  }
  return { tags: [...tags], paths: [...edge] };
}

export type PublicationScheduler = {
  /** Looks for the next publish time now (after a save), instead of at the next wake-up. */
  reschedule: () => void;
  stop: () => void;
  /** Resolves when the tick in progress (if any) has finished: for tests. */
  idle: () => Promise<void>;
};

export function createPublicationScheduler(deps: SchedulerDeps = defaultDeps, lookBackMs = LOOK_BACK_ON_START_MS): PublicationScheduler {
  let checkedUpTo: Date | null = null;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const wakeIn = (ms: number) => {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(tick, Math.max(0, Math.min(ms, deps.maxWaitMs)));
    timer.unref(); // never keeps a process (or a test run) alive
  };

  async function runTick(): Promise<void> {
    try {
      const now = await deps.now();
      const since = checkedUpTo ?? new Date(now.getTime() - lookBackMs);
      const due = await deps.newlyPublic(since, now);
      if (due.length > 0) {
        const stale = publicationExpiry(due);
        await deps.expire(stale.tags);
        console.log(`[publication-scheduler] ${due.length} scheduled article(s) went public: expired ${stale.tags.length} tag(s)`);
        void deps.refresh(stale.paths).catch(() => {});
      }
      checkedUpTo = now; // only once expired: a failure retries the same window
      const next = await deps.next(now);
      wakeIn(next ? next.getTime() - now.getTime() : deps.maxWaitMs);
    } catch (error) {
      console.error("[publication-scheduler] check failed, retrying:", error instanceof Error ? error.message : error);
      wakeIn(deps.retryMs);
    }
  }

  function tick(): void {
    // One tick at a time: a reschedule during a tick runs right after it.
    running = running.then(runTick);
  }

  tick();
  return {
    reschedule: () => {
      if (!stopped) {
        clearTimeout(timer);
        tick();
      }
    },
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
    idle: () => running,
  };
}

// One scheduler per process, on globalThis: instrumentation and the app's
// server actions are separate bundles in one process.
const key = Symbol.for("podium.publicationScheduler");
const slot = globalThis as Record<symbol, PublicationScheduler | undefined>;

/** Starts the process's scheduler (once; later calls do nothing). Called from instrumentation.ts. */
export function startPublicationScheduler(): void {
  slot[key] ??= createPublicationScheduler();
}

/** After a save: the next publish time may have changed. Starts the scheduler if it was not. */
export function reschedulePublications(): void {
  if (slot[key]) slot[key].reschedule();
  else startPublicationScheduler();
}
