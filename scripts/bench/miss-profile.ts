// npx tsx scripts/bench/miss-profile.ts [--articles N] [--misses M] [--uncompiled] [--profile] [--port P] [--node-flags="..."] [--node PATH] [--summarise DIR]
//
// Where an article miss's server CPU goes. Seeds a scratch database (the
// bench's corpus, its articles with the compiled markup their save stores),
// starts the existing build (`next build` first) as `npm start` does, warms it
// on other articles (the other locale's, as many as are measured: a server
// that has run a while, see WARM_UP_MISSES), then requests M distinct articles
// once each and prints the server's CPU per miss (scripts/bench/miss-cpu.ts).
// --uncompiled seeds the corpus without stored markup, so each first visit
// compiles its body (as every article did before MDX was compiled at save,
// and as an article imported without a save still does).
// With --profile the server runs under `node --cpu-prof` and the self time of
// the measured misses only (samples outside them are left out) is summed by
// what it belongs to (React's server renderer, pg, Next's routing, ...), from
// the unbundled module paths and names, with the inclusive time of the largest
// functions. The profile sees the main thread only: the CPU figure also holds
// V8's compiler and GC threads, libuv's pool and the kernel's share.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { SourceMap } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createDb } from "@/db/client";
import { listPartnerWall } from "@/db/queries/partners";
import { seedDemoContent } from "@/lib/seed/demo-content";
import { createTestDatabase } from "../../tests/support/test-database";
import { clearRuntimeCache } from "../runtime-cache";
import { insertCorpus } from "./corpus";
import { calibrationLoopMs } from "./calibration";
import { cpuByThread, missCost, threadShares, WARM_UP_MISSES } from "./miss-cpu";
import { memoryOf, startFlags, startProcess, waitForHttp } from "./processes";

const { values: args } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    misses: { type: "string", default: "300" },
    profile: { type: "boolean", default: false },
    uncompiled: { type: "boolean", default: false },
    port: { type: "string", default: "3210" },
    /** Node flags for the server instead of npm start's (an A/B of V8 settings), space-separated. */
    "node-flags": { type: "string" },
    /** Sample what the measured misses allocate (V8's sampling heap profiler, garbage included), by owner. */
    heap: { type: "boolean", default: false },
    /** The Node binary the server runs on (default: this one), e.g. Node 24's, which the Docker image runs. */
    node: { type: "string" },
    /** Only summarise the profiles a --profile run left in this folder. */
    summarise: { type: "string" },
  },
});
const maps = new Map<string, SourceMap | null>(); // source maps by bundle file, for originalSource()
const perLocale = Number(args.articles);
const misses = Math.min(Number(args.misses), perLocale - 40);
if (perLocale < WARM_UP_MISSES) throw new Error(`--articles must be at least ${WARM_UP_MISSES}: the warm-up asks for that many other articles`);
const base = `http://127.0.0.1:${args.port}`;

if (args.summarise) {
  summariseProfile(path.join(args.summarise, "first"), "first visits", 22 + 12 + misses);
  process.exit(0);
}

const database = await createTestDatabase("podium_missprof");
const profileDir = mkdtempSync(path.join(os.tmpdir(), "podium-missprof-"));
try {
  const { db, pool } = createDb(database.url, { max: 4 });
  await seedDemoContent(db);
  const logo = (await listPartnerWall(db))[0]!.partners[0]!.logo!.url;
  await insertCorpus(db, perLocale, logo, () => {}, { compiled: () => !args.uncompiled });
  await pool.query("VACUUM ANALYZE");
  await pool.end();

  clearRuntimeCache();
  const slugs = Array.from({ length: misses }, (_, i) => `bench-${20 + i}`);
  const warmUp = [...Array.from({ length: WARM_UP_MISSES }, (_, i) => `/ru/news/bench-${i}`), "/en", "/en/news"];

  // 1. First visits: nothing cached for these articles; each inserts its stored markup (--uncompiled: compiles its MDX).
  await withServer(path.join(profileDir, "first"), async (pid) => {
    const warm = await missCost(base, pid, warmUp);
    console.log(`warm-up: ${warm.requests} other pages, ${warm.cpuMsPerMiss} ms of CPU each (a server just started)`);
    await printHeaders();
    console.log(`machine speed: calibration loop ${calibrationLoopMs()} ms (scripts/bench/calibration.ts)`);
    const from = monotonicMicros();
    if (args.heap) await heapSampler(pid);
    const threadsBefore = cpuByThread(pid);
    const first = await missCost(base, pid, slugs.map((s) => `/en/news/${s}`));
    if (args.heap) summariseHeap(await heapSampler(pid), first.requests);
    console.log("CPU of the measured misses by thread (the main thread is next-server; V8's GC and compiler helpers are node on Node 20, V8Worker on Node 24):");
    console.table(threadShares(threadsBefore, cpuByThread(pid), first.requests));
    console.log(`server memory after them (MB): ${JSON.stringify(memoryOf(pid))}`);
    writeFileSync(path.join(profileDir, "first.window.json"), JSON.stringify({ from, to: monotonicMicros(), requests: first.requests }));
    console.log(`first visit of ${first.requests} articles (${args.uncompiled ? "MDX compiled on the spot" : "the markup stored at save inserted"}): ${JSON.stringify(first)}`);
  });

  if (args.profile) {
    summariseProfile(path.join(profileDir, "first"), `first visits (${args.uncompiled ? "compile included" : "stored markup"})`, warmUp.length + 12 + slugs.length);
  }
} finally {
  await database.drop();
}

async function withServer(cpuProfDir: string, work: (pid: number) => Promise<void>): Promise<void> {
  const heap = args.heap ? ["--require", path.join(import.meta.dirname, "heap-sampler.cjs")] : [];
  const flags = [...(args["node-flags"]?.split(" ").filter(Boolean) ?? startFlags()), ...heap, ...(args.profile ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfDir}`] : [])];
  const server = startProcess(args.node ?? process.execPath, [...flags, "node_modules/next/dist/bin/next", "start", "-p", args.port, "-H", "127.0.0.1"], {
    NEXT_TELEMETRY_DISABLED: "1",
    SITE_URL: base,
    AUTH_SECRET: "bench-only-secret-0123456789abcdef",
    DATABASE_URL: database.url,
    HEAP_SAMPLER_OUT: path.join(profileDir, "heap.json"),
  });
  try {
    await waitForHttp(`${base}/api/health`);
    await work(server.process.pid!);
  } finally {
    await server.stop();
  }
}

/** The Cache-Control the public routes send (nginx stores only responses with s-maxage). */
async function printHeaders(): Promise<void> {
  for (const p of ["/en/news/bench-5", "/en/news", "/en/news/page/2", "/en", "/en/feed.xml", "/sitemap.xml"]) {
    await fetch(base + p).then((r) => r.arrayBuffer()); // the first answer of a miss can differ from a stored entry's
    const r = await fetch(base + p);
    await r.arrayBuffer();
    console.log(`${p}: ${r.status} cache-control: ${r.headers.get("cache-control")}; x-nextjs-cache: ${r.headers.get("x-nextjs-cache")}`);
  }
}

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; startTime: number; samples: number[]; timeDeltas: number[] };

/**
 * The original source of a profiled frame, through the bundle's source map where
 * there is one (Next's vendored runtime and the app's chunks are bundles: their
 * own file names say nothing about which package ran).
 */
function originalSource(frame: Node["callFrame"]): string {
  const file = frame.url.startsWith("file://") ? fileURLToPath(frame.url) : frame.url;
  if (!file.endsWith(".js")) return file;
  if (!maps.has(file)) {
    let map: SourceMap | null = null;
    try {
      if (existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, "utf8")));
    } catch {
      map = null;
    }
    maps.set(file, map);
  }
  const map = maps.get(file);
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string } | undefined;
  return entry?.originalSource ?? file;
}

/** What a frame belongs to, by its original source file. */
function bucketOf(frame: Node["callFrame"]): string {
  const { url, functionName } = frame;
  if (functionName === "(garbage collector)") return "GC";
  if (functionName === "(idle)" || functionName === "(program)") return functionName;
  // Native file calls: Next's default cache writes each rendered page as files (.html, .rsc, .segments, .meta).
  if (!url && /^(openFileHandle|writev|writeBuffer|writeString|mkdir|close|fstat|readdir|read|open|rename|unlink|stat|lstat)$/.test(functionName)) return "fs (native file calls)";
  if (!url) return "native / V8 (builtins, JSON, RegExp, microtasks)";
  if (url.startsWith("node:")) return "node core (" + url.slice(5).split("/")[0] + ")";
  const source = originalSource(frame);
  if (/react-dom[^/]*\/cjs\/react-dom-server|react-dom-server/.test(source)) return "React DOM server render (react-dom Fizz: HTML)";
  if (/react-server-dom[^/]*\/cjs\/[^/]*server/.test(source)) return "RSC render + serialisation (react-server-dom Flight server)";
  if (/react-server-dom[^/]*\/cjs\/[^/]*client/.test(source)) return "RSC payload decode for HTML (react-server-dom Flight client)";
  if (/\/react\/cjs\/|\/react\/index|react-jsx/.test(source)) return "react (core, JSX)";
  if (/micromark|mdast|@mdx-js|remark|unified|estree|acorn|hast|vfile|recma|rehype|unist|astring|next-mdx-remote/.test(source)) return "MDX compile";
  if (/next\/dist\/.*(incremental-cache|file-system-cache|response-cache|lru-cache|multi-file-writer)|\/server\/lib\/incremental-cache|\/server\/response-cache|lru-cache/.test(source)) return "Next cache (store, file-system cache, memory LRU)";
  if (/app-render|route-modules\/app-page|\/server\/app-render/.test(source)) return "Next app-render (orchestration, streams)";
  if (/next\/dist|webpack:\/\/next|\[project\]\/node_modules\/next\//.test(source)) return "Next (server, routing, other)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  if (pkg && /^(pg|pg-protocol|pg-pool|pg-types|drizzle-orm)$/.test(pkg)) return "pg + drizzle";
  if (pkg && /next-intl|use-intl|intl-messageformat|@formatjs/.test(pkg)) return "next-intl";
  if (pkg) return `node_modules/${pkg}`;
  if (/\[project\]\/(app|lib|components|db)\//.test(source)) return "Podium app code";
  return "other: " + source.split("/").slice(-2).join("/");
}

type HeapNode = { callFrame: Node["callFrame"]; selfSize: number; children: HeapNode[] };

/** Signals the server's heap sampler (heap-sampler.cjs): the first call starts it, the second returns the profile. */
async function heapSampler(pid: number): Promise<HeapNode | null> {
  const out = path.join(profileDir, "heap.json");
  const started = existsSync(`${out}.started`);
  process.kill(pid, "SIGUSR2");
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    if (!started && existsSync(`${out}.started`)) return null;
    if (started && existsSync(out)) return (JSON.parse(readFileSync(out, "utf8")) as { head: HeapNode }).head;
  }
  throw new Error("the heap sampler did not answer (is heap-sampler.cjs preloaded?)");
}

/** Bytes allocated per miss, by owner and by the largest allocating functions (self), garbage included. */
function summariseHeap(head: HeapNode | null, requests: number): void {
  if (!head) return;
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  const walk = (node: HeapNode) => {
    if (node.selfSize) {
      total += node.selfSize;
      const owner = bucketOf(node.callFrame);
      byOwner.set(owner, (byOwner.get(owner) ?? 0) + node.selfSize);
      const name = `${node.callFrame.functionName || "(anonymous)"} ${originalSource(node.callFrame).replace(/.*\[project\]\//, "").replace(/.*node_modules\//, "nm/")}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + node.selfSize);
    }
    for (const child of node.children) walk(child);
  };
  walk(head);
  const kb = (bytes: number) => Math.round(bytes / requests / 102.4) / 10;
  console.log(`\nallocated per miss (sampled, garbage included): ${kb(total)} KB`);
  console.table([...byOwner].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([owner, bytes]) => ({ owner, "KB/miss": kb(bytes) })));
  console.log("largest allocating functions (KB/miss):");
  for (const [name, bytes] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${String(kb(bytes)).padStart(7)}  ${name}`);
}

/** CLOCK_MONOTONIC in microseconds: the clock a V8 CPU profile's timestamps use. */
function monotonicMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/**
 * Sums a run's profile by owner. With a `<dir>.window.json` (the measured misses' start and
 * end on the profile's clock) only samples inside it count, so the figures are per miss,
 * without start-up and warm-up; without one, the whole run over `requests`.
 */
function summariseProfile(dir: string, title: string, wholeRunRequests: number): void {
  const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
  const windowFile = `${dir}.window.json`;
  const window = existsSync(windowFile) ? (JSON.parse(readFileSync(windowFile, "utf8")) as { from: number; to: number; requests: number }) : null;
  const requests = window?.requests ?? wholeRunRequests;
  const totals = new Map<string, number>();
  const functions = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let all = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Profile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parentOf = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
    let at = profile.startTime;
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      at += profile.timeDeltas[i] ?? 0;
      if (window && (at < window.from || at > window.to)) return;
      const frame = byId.get(id)!.callFrame;
      const bucket = bucketOf(frame);
      totals.set(bucket, (totals.get(bucket) ?? 0) + ms);
      if (bucket === "(idle)") return;
      all += ms;
      const name = `${frame.functionName || "(anonymous)"} ${frame.url.split("/").slice(-1)[0] ?? ""}`.trim();
      functions.set(name, (functions.get(name) ?? 0) + ms);
      // Inclusive time: every function on the sample's stack, once per sample.
      const seen = new Set<string>();
      for (let node: number | undefined = id; node !== undefined; node = parentOf.get(node)) {
        const f = byId.get(node)!.callFrame;
        const key = `${f.functionName || "(anonymous)"} ${bucketOf(f)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
      }
    });
  }
  const scope = window ? `the ${requests} measured misses only` : `the whole server run, start-up and warm-up included`;
  console.log(`\n${title}: self time by owner over ${scope} (${files.length} profile(s), ${Math.round(all)} ms busy):`);
  const rows = [...totals].filter(([b]) => b !== "(idle)").sort((a, b) => b[1] - a[1]);
  const perRequest = (ms: number) => Math.round((ms / requests) * 100) / 100;
  console.table(
    rows.slice(0, 18).map(([owner, ms]) => ({ owner, ms: Math.round(ms), "ms/request": perRequest(ms), share: `${Math.round((ms / all) * 1000) / 10}%` })),
  );
  console.log(`busy ms per request: ${perRequest(all)} (${requests} requests)`);
  const top = [...functions].sort((a, b) => b[1] - a[1]).slice(0, 15);
  console.log("hottest functions (self ms):");
  for (const [name, ms] of top) console.log(`  ${String(Math.round(ms)).padStart(6)}  ${name}`);
  if (window) {
    console.log("inclusive ms per request (function and owner, the 40 largest):");
    for (const [name, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${perRequest(ms).toFixed(2).padStart(6)}  ${name}`);
  }
  console.log(`profiles kept in ${dir}`);
}
