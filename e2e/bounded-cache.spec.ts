// Made-up URLs must not fill the cache (issue 8): 1,000 random unknown paths over
// every dynamic route answer 404 and grow the stored cache by less than 1 MB. The
// stored cache, without REDIS_URL: the handler's memory layer, whose size
// /api/health reports (lib/cache/file-cache-handler.mjs keeps run-time entries in
// memory only), plus anything under .next/cache and .next/server/route-cache, where
// stock Next would write them. Runs in a project of its own after every other
// spec, so the growth it measures is its own.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";

const CACHE_DIRS = [".next/cache", ".next/server/route-cache"];

function bytesUnder(dir: string): number {
  let total = 0;
  try {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
    }
  } catch {
    // Not created yet: nothing stored.
  }
  return total;
}

/** The memory layer's bytes, from the server's health answer (absent with REDIS_URL, which this project does not set). */
async function memoryCacheBytes(request: APIRequestContext): Promise<number> {
  const health = (await (await request.get("/api/health")).json()) as { memoryCache?: { bytes: number } };
  if (!health.memoryCache) throw new Error("/api/health reports no memory cache: is REDIS_URL set for the e2e server?");
  return health.memoryCache.bytes;
}

const storedBytes = async (request: APIRequestContext) => (await memoryCacheBytes(request)) + CACHE_DIRS.reduce((sum, dir) => sum + bytesUnder(dir), 0);

/**
 * The stored cache's size once stores have stopped landing. Next stores a
 * render around the time it answers, so a size read right after the last
 * response (of this spec, or of the specs before it) can miss some: wait until
 * two readings 500 ms apart agree, however long that takes here.
 */
async function settledStoredBytes(request: APIRequestContext): Promise<number> {
  let size = -1;
  await expect
    .poll(
      async () => {
        const previous = size;
        size = await storedBytes(request);
        return size === previous;
      },
      { timeout: 60_000, intervals: [500] },
    )
    .toBe(true);
  return size;
}

// Both tests measure the one cache of the server: one after the other, or each would count the other's.
test.describe.configure({ mode: "serial" });

function randomToken(): string {
  return Math.random().toString(36).slice(2, 10);
}

/** Six of the characters a session code is made of: a well-formed code that names no session. */
function randomCode(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return Array.from({ length: 6 }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join("");
}

/** One made-up URL per dynamic route, in turn. */
const unknownUrlMakers: ((token: string, n: number) => string)[] = [
  (t) => `/en/${t}`,
  (t) => `/ru/${t}`,
  (t) => `/en/news/${t}`,
  (t) => `/ru/news/${t}-${t}`,
  (_t, n) => `/en/news/page/${1000 + n}`,
  (_t, n) => `/ru/news/page/${5000 + n}`,
  (t) => `/q${t.slice(0, 2)}/news`,
  (t) => `/zz${t}/about`,
  (t) => `/en/about/${t}`,
  (t) => `/sitemaps/${t}.xml`,
  (_t, n) => `/sitemaps/news-${900 + n}.xml`,
  (t) => `/en/feed.xml/${t}`,
  (t) => `/en/partners/${t}`,
  (t) => `/en/news/${t}?x=${t}`,
  // Share images of unknown articles and locales, and names that are no image.
  (t) => `/og/news-en-${t}.png`,
  (t) => `/og/home-${t.slice(0, 2)}.png`,
  (t) => `/og/${t}.png`,
  // The programme (issue 9): unknown sessions, days, speakers, calendars and filter values.
  () => `/en/program/${randomCode()}-x`,
  (_t, n) => `/ru/program/2013-05-${String((n % 28) + 1).padStart(2, "0")}`,
  (t) => `/ru/speakers/${t}`,
  () => `/en/program/${randomCode()}.ics`,
  (t) => `/en/speakers/${t}.ics`,
  (t) => `/en/program?hall=${t}`,
];

test("1,000 random unknown URLs answer 404 and grow the stored cache by less than 1 MB", async ({ request }) => {
  test.setTimeout(300_000);
  // Writes of earlier specs' renders land first.
  const before = await settledStoredBytes(request);
  const statuses = new Map<number, number>();
  for (let i = 0; i < 1_000; i++) {
    const url = unknownUrlMakers[i % unknownUrlMakers.length]!(randomToken(), i);
    const response = await request.get(url, { maxRedirects: 0 });
    statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
  }
  const grown = (await settledStoredBytes(request)) - before;
  console.log(`bounded cache: 1,000 unknown URLs → statuses ${JSON.stringify(Object.fromEntries(statuses))}, stored cache grew by ${grown} bytes`);
  expect(Object.fromEntries(statuses)).toEqual({ 404: 1_000 });
  expect(grown).toBeLessThan(1024 * 1024);
});

test("query-string variants of programme pages are not stored: 600 filters, searches and stray parameters", async ({ request }) => {
  test.setTimeout(300_000);
  const before = await settledStoredBytes(request);
  const halls = ["hall-a", "hall-b", "hall-c", "congress-hall"];
  for (let i = 0; i < 200; i++) {
    const t = randomToken();
    for (const url of [`/en/program?hall=${halls[i % halls.length]}&x=${t}`, `/ru/speakers?q=${t}`, `/en/program?utm_source=${t}`]) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(200);
    }
  }
  const grown = (await settledStoredBytes(request)) - before;
  console.log(`bounded cache: 600 programme query variants → stored cache grew by ${grown} bytes`);
  // The plain programme page may be stored once (about 70 KB) if no earlier spec asked for it.
  expect(grown).toBeLessThan(256 * 1024);
});
