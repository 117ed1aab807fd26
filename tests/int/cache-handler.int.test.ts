// The cache handlers against real servers: the machine's Redis (127.0.0.1:6379,
// under a key prefix of this run's own, deleted at the end), a private
// redis-server this file starts and stops for the outage cases, and a real
// folder for the file-system handler.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Redis from "ioredis";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import BoundedFileSystemCache, { memoryCacheStats } from "@/lib/cache/file-cache-handler.mjs";
import RedisCacheHandler from "@/lib/cache/redis-cache-handler.mjs";
import { closeRedisState, redisState } from "@/lib/cache/redis-store.mjs";
import { nodeFs } from "next/dist/server/lib/node-fs-methods.js";

const SHARED_REDIS = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `podium-test-${randomBytes(4).toString("hex")}`;
const admin = new Redis(SHARED_REDIS);

function page(html: string, tags: string[], status = 200) {
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from(`rsc:${html}`),
    segmentData: new Map([["/_tree", Buffer.from("tree")], ["/en/news.segment", Buffer.from([0, 1, 2, 255])]]),
    headers: { "x-next-cache-tags": tags.join(",") },
    postponed: undefined,
    status,
  };
}
const cacheControl = { revalidate: false as const, expire: 31536000 };

function handler() {
  return new RedisCacheHandler({ serverDistDir: undefined });
}

async function deletePrefix(client: Redis, keyPrefix: string) {
  let cursor = "0";
  do {
    const [next, keys] = await client.scan(cursor, "MATCH", `${keyPrefix}:*`, "COUNT", 500);
    if (keys.length > 0) await client.del(...keys);
    cursor = next;
  } while (cursor !== "0");
}

describe("Redis cache handler (shared Redis)", () => {
  beforeEach(async () => {
    process.env.REDIS_URL = SHARED_REDIS;
    process.env.REDIS_KEY_PREFIX = prefix;
    const { client } = redisState();
    if (client.status !== "ready") await new Promise((resolve) => client.once("ready", resolve));
  });
  afterAll(async () => {
    await closeRedisState();
    await deletePrefix(admin, prefix);
    await admin.quit();
  });

  it("round-trips a page entry with its Buffers, its Map of segments and its lifetime", async () => {
    await handler().set("/en/news/a", page("<p>A</p>", ["news:1"]), { cacheControl });
    const got = await handler().get("/en/news/a", { kind: "APP_PAGE" });
    expect(got).not.toBeNull();
    expect(got!.value.html).toBe("<p>A</p>");
    expect(Buffer.isBuffer(got!.value.rscData)).toBe(true);
    expect(got!.value.rscData.toString()).toBe("rsc:<p>A</p>");
    expect(got!.value.segmentData).toBeInstanceOf(Map);
    expect([...got!.value.segmentData.get("/en/news.segment")]).toEqual([0, 1, 2, 255]);
    expect(got!.cacheControl).toEqual(cacheControl);
    expect(Math.abs(got!.lastModified - Date.now())).toBeLessThan(5_000);
  });

  it("refuses an entry once one of its tags is expired, from another handler object", async () => {
    await handler().set("/en/news/b", page("<p>B</p>", ["news:2", "_N_T_/en/news/b"]), { cacheControl });
    await handler().set("/en/news/c", page("<p>C</p>", ["news:3"]), { cacheControl });
    expect(await handler().get("/en/news/b", { kind: "APP_PAGE" })).not.toBeNull();
    await handler().revalidateTag(["news:2"]);
    // The next miss dates the render it starts; a miss in the very millisecond of the expiry
    // counts as before it (the safe side), so leave the clock a tick to move on first.
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await handler().get("/en/news/b", { kind: "APP_PAGE" })).toBeNull();
    // Another article's page is untouched by that expiry.
    expect(await handler().get("/en/news/c", { kind: "APP_PAGE" })).not.toBeNull();
    // A render stored after the expiry is served again.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await handler().set("/en/news/b", page("<p>B2</p>", ["news:2"]), { cacheControl });
    expect((await handler().get("/en/news/b", { kind: "APP_PAGE" }))!.value.html).toBe("<p>B2</p>");
  });

  it("checks a data entry against the tags of the call too (its own and the page's implicit ones)", async () => {
    const data = { kind: "FETCH", data: { headers: {}, body: '{"n":1}', status: 200, url: "" }, revalidate: false, tags: ["partners"] };
    await handler().set("data-key", data, { tags: ["partners"] } as never);
    const ctx = { kind: "FETCH", tags: ["partners"], softTags: ["_N_T_/en/partners"] };
    expect((await handler().get("data-key", ctx))!.value.data.body).toBe('{"n":1}');
    await handler().revalidateTag("_N_T_/en/partners");
    expect(await handler().get("data-key", ctx)).toBeNull();
  });

  it("never stores a 404 or a redirect, and gives every entry a TTL but the tag hash none", async () => {
    await handler().set("/en/news/missing", page("<h1>404</h1>", [], 404), { cacheControl });
    await handler().set("/sitemaps/x.xml", { kind: "APP_ROUTE", body: Buffer.from("Not found"), headers: {}, status: 404 }, { cacheControl });
    await handler().set("/en/news/moved", page("", [], 308), { cacheControl });
    expect(await handler().get("/en/news/missing", { kind: "APP_PAGE" })).toBeNull();
    expect(await handler().get("/sitemaps/x.xml", { kind: "APP_ROUTE" })).toBeNull();
    expect(await handler().get("/en/news/moved", { kind: "APP_PAGE" })).toBeNull();
    const keys = await admin.keys(`${prefix}:*`);
    expect(keys.some((k) => k.endsWith("/en/news/missing") || k.endsWith("/sitemaps/x.xml"))).toBe(false);
    const entryKeys = keys.filter((k) => k.includes(":e:"));
    expect(entryKeys.length).toBeGreaterThan(0);
    for (const key of entryKeys) {
      const ttl = await admin.ttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(24 * 60 * 60);
    }
    expect(await admin.ttl(`${prefix}:tags`)).toBe(-1);
  });

  it("serves its decoded copy only while Redis says it is the current version", async () => {
    await handler().set("/en/partners", page("<p>v1</p>", ["partners"]), { cacheControl });
    const first = await handler().get("/en/partners", { kind: "APP_PAGE" });
    const second = await handler().get("/en/partners", { kind: "APP_PAGE" });
    expect(second!.value).toBe(first!.value); // the same decoded object: nothing was transferred again
    // Another render stored a new version (as another instance would): the copy is not served.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await handler().set("/en/partners", page("<p>v2</p>", ["partners"]), { cacheControl });
    expect((await handler().get("/en/partners", { kind: "APP_PAGE" }))!.value.html).toBe("<p>v2</p>");
    // An expiry refuses it although this process still holds a decoded copy.
    await handler().revalidateTag("partners");
    expect(await handler().get("/en/partners", { kind: "APP_PAGE" })).toBeNull();
  });

  it("keeps entries of another build apart", async () => {
    const dist = mkdtempSync(path.join(tmpdir(), "podium-build-"));
    try {
      const { writeFileSync, mkdirSync } = await import("node:fs");
      mkdirSync(path.join(dist, "server"));
      writeFileSync(path.join(dist, "BUILD_ID"), "other-build");
      await handler().set("/en", page("<p>old build</p>", []), { cacheControl });
      const otherBuild = new RedisCacheHandler({ serverDistDir: path.join(dist, "server") });
      expect(await otherBuild.get("/en", { kind: "APP_PAGE" })).toBeNull();
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe("Redis cache handler while Redis is down", () => {
  const port = 16390 + Math.floor(Math.random() * 500);
  const dir = mkdtempSync(path.join(tmpdir(), "podium-redis-"));
  let server: ChildProcess | undefined;

  async function startServer() {
    server = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir], { stdio: "ignore" });
    const probe = new Redis({ port, lazyConnect: true, retryStrategy: () => null });
    probe.on("error", () => undefined);
    for (let i = 0; i < 100; i++) {
      try {
        await probe.connect();
        break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    await probe.quit();
  }
  async function stopServer(persist: boolean) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    const admin = new Redis({ port, retryStrategy: () => null });
    admin.on("error", () => undefined);
    await admin.call("SHUTDOWN", persist ? "SAVE" : "NOSAVE").catch(() => undefined);
    admin.disconnect();
    await exited;
    server = undefined;
  }
  async function waitReady(timeoutMs: number): Promise<number> {
    const started = Date.now();
    const { client } = redisState();
    while (client.status !== "ready" && Date.now() - started < timeoutMs) await new Promise((resolve) => setTimeout(resolve, 20));
    return Date.now() - started;
  }

  beforeEach(async () => {
    await startServer();
    process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
    process.env.REDIS_KEY_PREFIX = prefix;
    await waitReady(5_000);
  });
  afterEach(async () => {
    await closeRedisState();
    if (server) await stopServer(false);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("answers misses at once, takes writes and expiries without throwing, and resumes by itself", async () => {
    await handler().set("/en", page("<p>home</p>", ["news-list:en"]), { cacheControl });
    await stopServer(false);

    const started = Date.now();
    expect(await handler().get("/en", { kind: "APP_PAGE" })).toBeNull();
    await expect(handler().set("/en", page("<p>home 2</p>", []), { cacheControl })).resolves.toBeUndefined();
    await expect(handler().revalidateTag(["news-list:en"])).resolves.toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1_000);

    await startServer();
    expect(await waitReady(5_000)).toBeLessThan(5_000);
    await handler().set("/en", page("<p>home 3</p>", ["news-list:en"]), { cacheControl });
    expect((await handler().get("/en", { kind: "APP_PAGE" }))!.value.html).toBe("<p>home 3</p>");
  });

  it("writes an expiry made during the outage when Redis is back, so the old entry is refused", async () => {
    await handler().set("/ru", page("<p>old</p>", ["news-list:ru"]), { cacheControl });
    await stopServer(true); // the entry survives the restart (saved to disk)
    await handler().revalidateTag(["news-list:ru"]); // a save while Redis is away
    await startServer();
    await waitReady(5_000);
    const admin = new Redis({ port });
    try {
      for (let i = 0; i < 50 && !(await admin.hget(`${prefix}:tags`, "news-list:ru")); i++) await new Promise((r) => setTimeout(r, 20));
      expect(await admin.hget(`${prefix}:tags`, "news-list:ru")).not.toBeNull();
      expect(await admin.exists(...(await admin.keys(`${prefix}:*:e:/ru`)))).toBe(1);
    } finally {
      admin.disconnect();
    }
    expect(await handler().get("/ru", { kind: "APP_PAGE" })).toBeNull();
  });
});

describe("file-system cache handler (no REDIS_URL)", () => {
  let dist: string;
  beforeEach(() => {
    dist = mkdtempSync(path.join(tmpdir(), "podium-fscache-"));
  });
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  function filesUnder(dir: string): number {
    let bytes = 0;
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    }
    return bytes;
  }

  /** Next's file methods, counting every call that touches the disk. */
  function countingFs() {
    const calls: string[] = [];
    const counted = Object.fromEntries(
      Object.entries(nodeFs).map(([name, method]) => [
        name,
        typeof method === "function"
          ? (...args: unknown[]) => {
              calls.push(`${name} ${String(args[0])}`);
              return (method as (...a: unknown[]) => unknown)(...args);
            }
          : method,
      ]),
    );
    return { fs: counted, calls };
  }

  it("keeps 200 pages in memory, never a 404, and writes nothing to disk", async () => {
    const { fs, calls } = countingFs();
    const cache = new BoundedFileSystemCache({ fs, serverDistDir: dist, flushToDisk: true, dev: false, revalidatedTags: [], maxMemoryCacheSize: 0 });
    const routeCtx = { cacheControl, isRoutePPREnabled: false, isFallback: false };
    const before = memoryCacheStats();
    await cache.set("/route-cache/APP_PAGE/h/$/en/news/missing", page("<h1>404</h1>".repeat(1000), [], 404), routeCtx);
    expect(memoryCacheStats().entries).toBe(before.entries);
    await cache.set("/route-cache/APP_PAGE/h/$/en/news/real", page("<p>real</p>", ["news:1"]), routeCtx);
    expect(memoryCacheStats().entries).toBe(before.entries + 1);
    expect(memoryCacheStats().bytes).toBeGreaterThan(before.bytes);
    const hit = await cache.get("/route-cache/APP_PAGE/h/$/en/news/real", { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false });
    expect(hit?.value?.html).toBe("<p>real</p>");
    expect(filesUnder(dist)).toBe(0);
    expect(calls).toEqual([]);
    // An expiry of its tag (a moment after the store): the page is gone, as with stock Next.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await cache.revalidateTag(["news:1"]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await cache.get("/route-cache/APP_PAGE/h/$/en/news/real", { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false })).toBeNull();
  });

  it("answers a miss without looking on disk, except for a page next build prerendered", async () => {
    writeFileSync(path.join(dist, "prerender-manifest.json"), JSON.stringify({ routes: { "/en/not-found-page": {} } }));
    const server = path.join(dist, "server");
    const { fs, calls } = countingFs();
    const cache = new BoundedFileSystemCache({ fs, serverDistDir: server, flushToDisk: true, dev: false, revalidatedTags: [], maxMemoryCacheSize: 0 });
    const pageCtx = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
    expect(await cache.get("/route-cache/APP_ROUTE/h/$/en/news/never-stored", { kind: "APP_ROUTE" })).toBeNull();
    expect(await cache.get("0123abcd", { kind: "FETCH", tags: ["news"], softTags: [] })).toBeNull();
    expect(calls).toEqual([]);
    // The build's seed of a prerendered page is still looked for (and here not found).
    expect(await cache.get("/route-cache/APP_PAGE/h/$/en/not-found-page", pageCtx)).toBeNull();
    expect(calls.length).toBeGreaterThan(0);
  });
});
