// g. A cache that unknown URLs cannot fill: 1,000 random unknown URLs over
// every dynamic route, half to each instance, must all answer 404 and grow
// neither the test's Redis prefix (sum of MEMORY USAGE over its keys) nor
// Next's disk cache by 1 MB.
import { randomBytes } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { SHARED_REDIS_PORT, type Context } from "../context";
import { request } from "../http";
import { memoryOf } from "../redis";
import { check, info } from "../report";

const COUNT = 1_000;
const LIMIT_BYTES = 1 << 20;

const rand = () => randomBytes(5).toString("hex");
const routes: ((n: number) => string)[] = [
  () => `/en/${rand()}`,
  () => `/ru/${rand()}`,
  () => `/en/${rand()}/${rand()}`,
  () => `/en/news/${rand()}`,
  () => `/ru/news/${rand()}`,
  (n) => `/en/news/page/${1_000 + n}`,
  (n) => `/ru/news/page/${1_000 + n}`,
  () => `/en/news/page/${rand()}`,
  () => `/xx/${rand()}`,
  () => `/${rand()}/news/${rand()}`,
  () => `/sitemaps/${rand()}.xml`,
  () => `/sitemaps/news-${1_000 + Math.floor(Math.random() * 1e6)}.xml`,
  () => `/${rand()}/feed.xml`,
  () => `/en/feed.xml/${rand()}`,
  () => `/media/${rand()}`,
  () => `/media/${randomBytes(32).toString("hex")}.png`,
  () => `/og/news-ru-${rand()}.png`,
  () => `/og/${rand()}.png`,
];

function diskCacheBytes(): number {
  let total = 0;
  for (const dir of [".next/server/route-cache", ".next/cache/fetch-cache"]) {
    try {
      for (const entry of readdirSync(dir, { recursive: true }) as string[]) {
        const s = statSync(join(dir, entry));
        if (s.isFile()) total += s.size;
      }
    } catch {
      // not there: nothing stored
    }
  }
  return total;
}

export async function checkBoundedCache(ctx: Context): Promise<void> {
  const prefix = ctx.env.redisKeyPrefix;
  const before = await memoryOf(SHARED_REDIS_PORT, prefix);
  const diskBefore = diskCacheBytes();
  const urls = Array.from({ length: COUNT }, (_, i) => `${i % 2 ? ctx.b.url : ctx.a.url}${routes[i % routes.length]!(i)}`);
  const statuses = new Map<number, number>();
  const others: string[] = [];
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < urls.length) {
        const url = urls[next++]!;
        const { status } = await request(url);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status !== 404 && others.length < 5) others.push(`${status} ${url}`);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const after = await memoryOf(SHARED_REDIS_PORT, prefix);
  const diskAfter = diskCacheBytes();
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  info(`${COUNT} URLs over ${routes.length} route shapes in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  info(`Redis ${prefix}: ${before.keys} keys ${kb(before.bytes)} → ${after.keys} keys ${kb(after.bytes)}; disk cache ${kb(diskBefore)} → ${kb(diskAfter)}`);
  check(`g: all ${COUNT} unknown URLs answer 404`, statuses.get(404) === COUNT, others.join("; ") || "all 404");
  // Growth means something only if the instances cache in Redis at all.
  check(
    "g: Redis memory of the prefix (in use) grew by < 1 MB",
    before.keys > 0 && after.bytes - before.bytes < LIMIT_BYTES,
    before.keys > 0 ? `+${kb(after.bytes - before.bytes)}, +${after.keys - before.keys} keys` : `no keys under ${prefix} before: the instances do not cache in Redis`,
  );
  check("g: Next's disk cache grew by < 1 MB", diskAfter - diskBefore < LIMIT_BYTES, `+${kb(diskAfter - diskBefore)}`);
}
