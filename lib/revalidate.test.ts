// The expiry schedule of a save, with Next's request-bound functions replaced
// by recorders (they need a running request) and a real local HTTP server as
// the edge's refresh listener: the tags are expired at once and again at
// +0.25, +0.6 and +1.2 s, the paths are refreshed at the edge at once and
// after the last repeat, and a listener that is down costs one log line, not the save.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { closedPort, startLocalServer, type LocalServer } from "@/tests/support/local-http-server";

const events = vi.hoisted(() => [] as { at: number; what: string }[]);
const pending = vi.hoisted(() => [] as Promise<unknown>[]);
const started = vi.hoisted(() => ({ at: 0 }));
const note = (what: string) => events.push({ at: Date.now() - started.at, what });

vi.mock("next/server", () => ({ after: (work: () => Promise<unknown>) => void pending.push(work()) }));
vi.mock("next/cache", () => ({
  updateTag: (tag: string) => note(`update ${tag}`),
  revalidateTag: (tag: string) => note(`expire ${tag}`),
}));

const { expireFromAction, expireTagsFromRoute } = await import("./revalidate");

let server: LocalServer;
let base = "";
beforeAll(async () => {
  server = await startLocalServer((request, response) => {
    note(`refresh ${request.url} ${request.headers["accept-encoding"] ?? "identity"}`);
    response.end("ok");
  });
  base = server.base;
});
afterAll(async () => {
  await server.close();
  delete process.env.EDGE_REFRESH_URL;
});
beforeEach(() => {
  events.length = 0;
  pending.length = 0;
  started.at = Date.now();
});

/** The events in order; the two refreshes of one round (gzip, identity) may arrive in either order. */
function sequence(): string[] {
  const out = events.map((e) => e.what);
  for (let i = 0; i + 1 < out.length; i++) {
    if (out[i]!.startsWith("refresh") && out[i + 1]!.startsWith("refresh") && out[i]! > out[i + 1]!) [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
  }
  return out;
}

describe("expireFromAction", () => {
  it("expires at once, then repeats at +0.25, +0.6 and +1.2 s, refreshing the edge at once and after the last", async () => {
    process.env.EDGE_REFRESH_URL = base;
    expireFromAction({ tags: ["a", "a", "b"], paths: ["/en/news/x"] });
    await Promise.all(pending);
    const refresh = ["refresh /en/news/x gzip", "refresh /en/news/x identity"];
    expect(sequence()).toEqual(["update a", "update b", ...refresh, ...[1, 2, 3].flatMap(() => ["expire a", "expire b"]), ...refresh]);
    // Timers never fire early; a busy machine may make them late, so only the lower bound is checked.
    const repeats = events.filter((e) => e.what === "expire a").map((e) => e.at);
    expect(repeats.map((at, i) => at >= [250, 600, 1_200][i]! - 2)).toEqual([true, true, true]);
  });

  it("without EDGE_REFRESH_URL, only expires", async () => {
    delete process.env.EDGE_REFRESH_URL;
    expireFromAction({ tags: ["a"], paths: ["/en"] });
    await Promise.all(pending);
    expect(events.map((e) => e.what)).toEqual(["update a", "expire a", "expire a", "expire a"]);
  });

  it("a refresh listener that is down is logged once for the whole save, and nothing throws", async () => {
    const deadPort = await closedPort();
    process.env.EDGE_REFRESH_URL = `http://127.0.0.1:${deadPort}, ${base}`;
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expireTagsFromRoute("p");
    expireFromAction({ tags: ["a"], paths: ["/en"] });
    await Promise.all(pending);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatch(/^\[edge-refresh\] 4 refresh\(es\) failed/);
    // The live listener still got its refreshes: 2 rounds x 2 encodings.
    expect(events.filter((e) => e.what.startsWith("refresh /en "))).toHaveLength(4);
    log.mockRestore();
  });
});
