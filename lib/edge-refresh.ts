// After a save, re-store the public pages it touched in nginx's cache, so that
// visitors behind nginx see the change within a second instead of after the
// micro-cache's TTL. EDGE_REFRESH_URL names nginx's internal refresh
// listener(s), comma-separated (e.g. http://127.0.0.1:8081); that listener
// uses the public server's cache zone and key with `proxy_cache_bypass 1`, so
// a GET there renders the page through the app and stores the fresh copy.
//
// Each path is fetched once with `Accept-Encoding: gzip` and once without,
// because the cache key has an encoding bucket. The Host header is the public
// site's (SITE_URL), since it is part of the key too. node:http rather than
// fetch: fetch adds its own Accept-Encoding and will not send a Host header.
//
// A refresh is a courtesy: errors and timeouts are reported to the caller, never
// thrown, so a save never fails because nginx is down.
import http from "node:http";

export type RefreshFailure = { url: string; encoding: "gzip" | "identity"; error: string };

export type RefreshOptions = {
  /** Base URLs of the refresh listeners; default: EDGE_REFRESH_URL. */
  bases?: string[];
  /** Host header; default: the host of SITE_URL. */
  host?: string;
  timeoutMs?: number;
  /** GETs in flight at once (default 2). */
  concurrency?: number;
};

const TIMEOUT_MS = 2_000;
/**
 * Most refreshes are renders (the save just expired those pages). Sent all at
 * once, twenty renders on a 2-core machine delayed every other request,
 * visitors' included, by hundreds of milliseconds (npm run test:scale, check a).
 * Two at a time, in the order given (the article and its feed first), and the
 * identity answer just before the gzip one, which Next then serves from its cache.
 */
const CONCURRENCY = 2;

/** The refresh listeners named by EDGE_REFRESH_URL (empty: edge refresh is off). */
export function edgeRefreshBases(value = process.env.EDGE_REFRESH_URL): string[] {
  return (value ?? "")
    .split(",")
    .map((base) => base.trim().replace(/\/+$/, ""))
    .filter((base) => base !== "");
}

function publicHost(): string {
  const site = process.env.SITE_URL?.trim() || "http://localhost:3000";
  try {
    return new URL(site).host;
  } catch {
    return "localhost:3000";
  }
}

/** GETs every path at every listener in both encodings; resolves with what failed (empty: all answered). */
export async function refreshEdge(pathsToRefresh: string[], options: RefreshOptions = {}): Promise<RefreshFailure[]> {
  const bases = (options.bases ?? edgeRefreshBases()).map((base) => base.replace(/\/+$/, ""));
  if (bases.length === 0 || pathsToRefresh.length === 0) return [];
  const host = options.host ?? publicHost();
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  const jobs = [...new Set(pathsToRefresh)].flatMap((path) =>
    bases.flatMap((base) => (["identity", "gzip"] as const).map((encoding) => () => refreshOne(`${base}${path}`, host, encoding, timeoutMs))),
  );
  const failures: RefreshFailure[] = [];
  const worker = async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const failure = await job();
      if (failure) failures.push(failure);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? CONCURRENCY) }, worker));
  return failures;
}

function refreshOne(url: string, host: string, encoding: "gzip" | "identity", timeoutMs: number): Promise<RefreshFailure | null> {
  return new Promise((resolve) => {
    // `let`, set below: done() can run from the catch before there is a timer, and a const would still be in its dead zone then.
    // eslint-disable-next-line prefer-const
    let timer: NodeJS.Timeout | undefined;
    const done = (failure: RefreshFailure | null) => {
      clearTimeout(timer);
      resolve(failure);
    };
    const fail = (error: string) => done({ url, encoding, error });
    let request: http.ClientRequest;
    try {
      request = http.get(url, {
        // No Accept-Encoding at all for the identity bucket: what a client without gzip sends.
        headers: { host, ...(encoding === "gzip" ? { "accept-encoding": "gzip" } : {}) },
        agent: false,
      });
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error)); // e.g. a malformed EDGE_REFRESH_URL
      return;
    }
    // The whole exchange, not just idle time: a page that trickles in counts as late too.
    timer = setTimeout(() => request.destroy(new Error(`no complete answer within ${timeoutMs} ms`)), timeoutMs);
    request.on("error", (error) => fail(error.message));
    request.on("response", (response) => {
      response.resume(); // the body only matters to nginx, which stores it
      response.on("error", (error) => fail(error.message));
      response.on("end", () => (response.statusCode && response.statusCode >= 500 ? fail(`HTTP ${response.statusCode}`) : done(null)));
    });
  });
}

/** One log line for a save's failed refreshes (however many rounds and paths failed). */
export function describeFailures(failures: RefreshFailure[]): string | null {
  if (failures.length === 0) return null;
  const first = failures[0]!;
  return `[edge-refresh] ${failures.length} refresh(es) failed; the edge serves its copy until its TTL ends. First: GET ${first.url} (${first.encoding}): ${first.error}`;
}
