import fileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import BoundedFileSystemCache, { clearEarlierRuntimeEntries, entrySize, runtimeEntryDirs } from "./file-cache-handler.mjs";

const FileSystemCache = (fileSystemCacheModule as unknown as { default?: unknown }).default ?? fileSystemCacheModule;

describe("the file cache's memory layer", () => {
  it("weighs a data entry by its body, without re-encoding it", () => {
    const body = JSON.stringify({ sessions: Array.from({ length: 2000 }, (_, i) => ({ id: i, title: `Сессия "${i}"` })) });
    const size = entrySize({ value: { kind: "FETCH", data: { headers: {}, body, status: 200, url: "" } } }, "key");
    expect(size).toBeGreaterThanOrEqual(body.length);
    expect(size).toBeLessThan(body.length + 200);
    // Next's own estimate re-encodes the JSON string: every quote escaped, so larger still.
    expect(JSON.stringify({ headers: {}, body, status: 200, url: "" }).length).toBeGreaterThan(size);
  });

  it("weighs pages and route answers as Next does", () => {
    const html = "x".repeat(1000);
    expect(entrySize({ value: { kind: "APP_ROUTE", body: Buffer.from(html), status: 200, headers: {} } }, "k")).toBe(1001);
    expect(
      entrySize({ value: { kind: "APP_PAGE", html, rscData: Buffer.alloc(500), segmentData: new Map([["/a", Buffer.alloc(10)]]) } }, "k"),
    ).toBe(1 + 1000 + 500 + 2 + 10);
    expect(entrySize({ value: null }, "key")).toBe(28);
  });

  it("is the layer the handler stores through", () => {
    new BoundedFileSystemCache({ fs: undefined, flushToDisk: false, serverDistDir: "/tmp", revalidatedTags: [], maxMemoryCacheSize: 0 });
    const memory = (FileSystemCache as { memoryCache?: { calculateSize?: unknown } }).memoryCache;
    expect(memory?.calculateSize).toBe(entrySize);
  });
});

describe("run-time entries of earlier processes", () => {
  function distWithEntries() {
    const root = mkdtempSync(path.join(os.tmpdir(), "podium-cache-"));
    const server = path.join(root, "server");
    const build = path.join(server, "app", "en", "icon.body");
    mkdirSync(path.dirname(build), { recursive: true });
    writeFileSync(build, "built");
    const [routeCache, fetchCache] = runtimeEntryDirs(server);
    const page = path.join(routeCache!, "APP_ROUTE", "abc", "$", "en", "program.body");
    const data = path.join(fetchCache!, "0123");
    for (const file of [page, data]) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, "old");
    }
    return { root, server, build, page, data };
  }

  it("are removed when a writing handler starts, the build's outputs kept, once per process", () => {
    const dist = distWithEntries();
    try {
      new BoundedFileSystemCache({ fs: undefined, flushToDisk: true, serverDistDir: dist.server, revalidatedTags: [], maxMemoryCacheSize: 0 });
      expect(existsSync(dist.page)).toBe(false);
      expect(existsSync(dist.data)).toBe(false);
      expect(existsSync(dist.build)).toBe(true);
      // What this process writes afterwards is its own: a later handler object (one per request) leaves it.
      mkdirSync(path.dirname(dist.page), { recursive: true });
      writeFileSync(dist.page, "new");
      new BoundedFileSystemCache({ fs: undefined, flushToDisk: true, serverDistDir: dist.server, revalidatedTags: [], maxMemoryCacheSize: 0 });
      expect(existsSync(dist.page)).toBe(true);
    } finally {
      rmSync(dist.root, { recursive: true, force: true });
    }
  });

  it("are kept by a handler that does not write, and while next build runs", () => {
    const quiet = distWithEntries();
    const building = distWithEntries();
    const phase = process.env.NEXT_PHASE;
    try {
      new BoundedFileSystemCache({ fs: undefined, flushToDisk: false, serverDistDir: quiet.server, revalidatedTags: [], maxMemoryCacheSize: 0 });
      expect(existsSync(quiet.page)).toBe(true);
      process.env.NEXT_PHASE = "phase-production-build";
      clearEarlierRuntimeEntries(building.server);
      expect(existsSync(building.page)).toBe(true);
      expect(existsSync(building.data)).toBe(true);
    } finally {
      if (phase === undefined) delete process.env.NEXT_PHASE;
      else process.env.NEXT_PHASE = phase;
      rmSync(quiet.root, { recursive: true, force: true });
      rmSync(building.root, { recursive: true, force: true });
    }
  });
});
