// Searches per client address: a search is a database query no cache can
// answer, so one address may make SEARCHES_PER_WINDOW in WINDOW_MS, then gets
// a 429 page until its window ends. Per process, in memory: with several
// instances behind the front, an address gets that many per instance, which
// still bounds what one client costs each of them. (The limits are exported
// for scripts/bench/search.ts, which paces its page requests under them.)
export const SEARCHES_PER_WINDOW = 30;
export const WINDOW_MS = 60_000;
/** Addresses remembered at most; past it, ended windows are dropped (and, in a flood of addresses, the oldest). */
const MAX_ADDRESSES = 20_000;

type Window = { startedAt: number; count: number };

export type RateLimiter = { take: (address: string, now?: number) => { ok: true } | { ok: false; retryAfterSeconds: number } };

export function createRateLimiter(limit = SEARCHES_PER_WINDOW, windowMs = WINDOW_MS): RateLimiter {
  const windows = new Map<string, Window>();
  return {
    take(address, now = Date.now()) {
      let window = windows.get(address);
      if (!window || now - window.startedAt >= windowMs) {
        if (windows.size >= MAX_ADDRESSES) prune(windows, now, windowMs);
        window = { startedAt: now, count: 0 };
        windows.delete(address); // re-inserted last: the map's order is the windows' age
        windows.set(address, window);
      }
      if (window.count >= limit) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + windowMs - now) / 1000)) };
      window.count++;
      return { ok: true };
    },
  };
}

function prune(windows: Map<string, Window>, now: number, windowMs: number): void {
  for (const [address, window] of windows) {
    if (now - window.startedAt >= windowMs || windows.size >= MAX_ADDRESSES) windows.delete(address);
    else break; // in age order: the rest are younger
  }
}
