// Made-up URLs must not fill the cache (issue 8): 1,000 random unknown paths over
// every dynamic route answer 404 and grow Next's stored cache (.next/cache and
// .next/server/route-cache, where the file-system handler keeps pages and data)
// by less than 1 MB. Runs in a project of its own after every other spec, so the
// growth it measures is its own.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

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

const storedBytes = () => CACHE_DIRS.reduce((sum, dir) => sum + bytesUnder(dir), 0);

function randomToken(): string {
  return Math.random().toString(36).slice(2, 10);
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
];

test("1,000 random unknown URLs answer 404 and grow the stored cache by less than 1 MB", async ({ request }) => {
  test.setTimeout(300_000);
  // Let writes of earlier specs' renders land first.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const before = storedBytes();
  const statuses = new Map<number, number>();
  for (let i = 0; i < 1_000; i++) {
    const url = unknownUrlMakers[i % unknownUrlMakers.length]!(randomToken(), i);
    const response = await request.get(url, { maxRedirects: 0 });
    statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
  }
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const grown = storedBytes() - before;
  console.log(`bounded cache: 1,000 unknown URLs → statuses ${JSON.stringify(Object.fromEntries(statuses))}, stored cache grew by ${grown} bytes`);
  expect(Object.fromEntries(statuses)).toEqual({ 404: 1_000 });
  expect(grown).toBeLessThan(1024 * 1024);
});
