// The edge refresh against a real local HTTP server standing in for nginx's
// refresh listener: what it sends, and that failures come back, never thrown.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedPort, startLocalServer, type LocalServer } from "@/tests/support/local-http-server";
import { describeFailures, edgeRefreshBases, refreshEdge } from "./edge-refresh";

type Seen = { path: string; host: string | undefined; encoding: string | undefined };
const seen: Seen[] = [];
const inFlight = { now: 0, most: 0 };
let base = "";
let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer((request, response) => {
    seen.push({ path: request.url ?? "", host: request.headers.host, encoding: request.headers["accept-encoding"] });
    if (request.url === "/slow") return void setTimeout(() => response.end("late"), 1_000);
    if (request.url?.startsWith("/render/")) {
      inFlight.most = Math.max(inFlight.most, ++inFlight.now);
      return void setTimeout(() => {
        inFlight.now--;
        response.end("rendered");
      }, 30);
    }
    if (request.url === "/broken") return void response.writeHead(502).end();
    if (request.url === "/gone") return void response.writeHead(404).end();
    response.end("ok");
  });
  base = server.base;
});

afterAll(() => server.close());

describe("refreshEdge", () => {
  it("GETs every path at every listener, once with gzip and once with no Accept-Encoding, with the public Host", async () => {
    seen.length = 0;
    const failures = await refreshEdge(["/en/news/a", "/en", "/en"], { bases: [base, `${base}/`], host: "forum.example" });
    expect(failures).toEqual([]);
    const key = (s: Seen) => `${s.path} ${s.encoding ?? "-"}`;
    expect(seen.map(key).sort()).toEqual(
      ["/en gzip", "/en -", "/en/news/a gzip", "/en/news/a -", "/en gzip", "/en -", "/en/news/a gzip", "/en/news/a -"].sort(),
    );
    expect(new Set(seen.map((s) => s.host))).toEqual(new Set(["forum.example"]));
  });

  it("keeps two refreshes in flight at most, in the order of the paths", async () => {
    seen.length = 0;
    inFlight.most = 0;
    const paths = ["/render/article", "/render/feed", "/render/home", "/render/rss"];
    expect(await refreshEdge(paths, { bases: [base], host: "h" })).toEqual([]);
    expect(inFlight.most).toBe(2);
    // A path's two requests leave together, so they may arrive in either order; the paths come in turn.
    expect(seen.map((s) => s.path)).toEqual(paths.flatMap((p) => [p, p]));
    expect(seen.map((s) => s.encoding ?? "identity").sort()).toEqual([...Array(4).fill("gzip"), ...Array(4).fill("identity")]);
  });

  it("reports refused connections, 5xx answers and timeouts without throwing; a 404 is an answer", async () => {
    const deadPort = await closedPort();
    const started = Date.now();
    const failures = await refreshEdge(["/slow", "/broken", "/gone"], { bases: [base, `http://127.0.0.1:${deadPort}`], host: "h", timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(900);
    const summary = failures.map((f) => `${new URL(f.url).port === String(deadPort) ? "dead" : "live"}${new URL(f.url).pathname} ${f.encoding} ${f.error.split(" ")[0]}`);
    expect(summary.filter((s) => s.startsWith("live")).sort()).toEqual([
      "live/broken gzip HTTP",
      "live/broken identity HTTP",
      "live/slow gzip no",
      "live/slow identity no",
    ]);
    expect(summary.filter((s) => s.startsWith("dead"))).toHaveLength(6);
    expect(failures.find((f) => f.url.endsWith("/broken"))?.error).toBe("HTTP 502");
    expect(describeFailures(failures)).toMatch(/^\[edge-refresh\] 10 refresh\(es\) failed/);
    expect(describeFailures([])).toBeNull();
  });

  it("does nothing without listeners, and a malformed listener URL is a failure, not an exception", async () => {
    seen.length = 0;
    expect(await refreshEdge(["/en"], { bases: [] })).toEqual([]);
    expect(seen).toEqual([]);
    const failures = await refreshEdge(["/en"], { bases: ["not a url"], host: "h" });
    expect(failures).toHaveLength(2);
  });
});

describe("edgeRefreshBases", () => {
  it("splits EDGE_REFRESH_URL on commas, trimming spaces and trailing slashes", () => {
    expect(edgeRefreshBases(" http://a:8081/, http://b:8081 ,,")).toEqual(["http://a:8081", "http://b:8081"]);
    expect(edgeRefreshBases(undefined)).toEqual([]);
    expect(edgeRefreshBases("")).toEqual([]);
  });
});
