import fileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { describe, expect, it } from "vitest";
import BoundedFileSystemCache, { entrySize } from "./file-cache-handler.mjs";

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
