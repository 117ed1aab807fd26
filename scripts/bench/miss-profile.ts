// npx tsx scripts/bench/miss-profile.ts [--articles N] [--misses M] [--uncompiled] [--profile] [--port P] [--summarise DIR]
//
// Where an article miss's server CPU goes. Seeds a scratch database (the
// bench's corpus, its articles with the compiled code their save stores),
// starts the existing build (`next build` first) as `npm start` does, warms it
// on other pages, then requests M distinct articles once each and prints the
// server's CPU per miss (scripts/bench/miss-cpu.ts). Then it restarts the
// server with every stored page and data entry gone but the compiled MDX
// bodies in the data cache, and requests the same articles again. Both runs
// are warmed on other pages first.
// --uncompiled seeds the corpus without stored code, so each first visit
// compiles its body (as every article did before MDX was compiled at save,
// and as an article imported without a save still does) and the second run is
// the data cache's compiled bodies: the figures to set the default's against.
// With --profile the server runs under `node --cpu-prof` and its self time is
// summed by what it belongs to (React's server renderer, RSC serialisation,
// MDX, pg, Next's routing, ...), from the unbundled module paths and names.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
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
import { missCost } from "./miss-cpu";
import { startProcess, waitForHttp } from "./processes";

const { values: args } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    misses: { type: "string", default: "300" },
    profile: { type: "boolean", default: false },
    uncompiled: { type: "boolean", default: false },
    port: { type: "string", default: "3210" },
    /** Only summarise the profiles a --profile run left in this folder. */
    summarise: { type: "string" },
  },
});
const maps = new Map<string, SourceMap | null>(); // source maps by bundle file, for originalSource()
const perLocale = Number(args.articles);
const misses = Math.min(Number(args.misses), perLocale - 40);
const base = `http://127.0.0.1:${args.port}`;

if (args.summarise) {
  summariseProfile(path.join(args.summarise, "first"), "first visits", 22 + 12 + misses);
  summariseProfile(path.join(args.summarise, "again"), "page misses with the compiled MDX cached", 22 + misses);
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
  const warmUp = [...Array.from({ length: 20 }, (_, i) => `/ru/news/bench-${i}`), "/en", "/en/news"];

  // 1. First visits: nothing cached for these articles; each evaluates its stored code (--uncompiled: compiles its MDX).
  await withServer(path.join(profileDir, "first"), async (pid) => {
    await missCost(base, pid, warmUp);
    await printHeaders();
    const first = await missCost(base, pid, slugs.map((s) => `/en/news/${s}`));
    console.log(`first visit of ${first.requests} articles (${args.uncompiled ? "MDX compiled on the spot" : "the code stored at save evaluated"}): ${JSON.stringify(first)}`);
  });

  // 2. The same pages again after their page entries and article data went, the compiled
  // bodies kept: what a page miss costs after a save expired it (or Redis evicted it).
  forgetAllButCompiledMdx();
  await withServer(path.join(profileDir, "again"), async (pid) => {
    await missCost(base, pid, [...Array.from({ length: 20 }, (_, i) => `/ru/news/bench-${i + 20}`), "/ru", "/ru/news"]);
    const again = await missCost(base, pid, slugs.map((s) => `/en/news/${s}`));
    console.log(`page miss again, the data cache's compiled bodies kept (${again.requests}): ${JSON.stringify(again)}`);
  });
  if (args.profile) {
    summariseProfile(path.join(profileDir, "first"), `first visits (${args.uncompiled ? "compile included" : "stored code"})`, warmUp.length + 12 + slugs.length);
    summariseProfile(path.join(profileDir, "again"), "page misses with the compiled MDX cached", 22 + slugs.length);
  }
} finally {
  await database.drop();
}

async function withServer(cpuProfDir: string, work: (pid: number) => Promise<void>): Promise<void> {
  const flags = ["--max-old-space-size=256", ...(args.profile ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfDir}`] : [])];
  const server = startProcess(process.execPath, [...flags, "node_modules/next/dist/bin/next", "start", "-p", args.port, "-H", "127.0.0.1"], {
    NEXT_TELEMETRY_DISABLED: "1",
    SITE_URL: base,
    AUTH_SECRET: "bench-only-secret-0123456789abcdef",
    DATABASE_URL: database.url,
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

/** Drops every stored page and data entry but the compiled MDX bodies (entries whose value has `"code":`). */
function forgetAllButCompiledMdx(): void {
  rmSync(".next/server/route-cache", { recursive: true, force: true });
  const dir = ".next/cache/fetch-cache";
  let kept = 0;
  for (const file of existsSync(dir) ? readdirSync(dir) : []) {
    const full = path.join(dir, file);
    if (statSync(full).isFile() && readFileSync(full, "utf8").includes('\\"code\\":')) kept++;
    else rmSync(full, { recursive: true, force: true });
  }
  console.log(`kept ${kept} compiled bodies in the data cache, dropped the rest`);
}

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

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

function summariseProfile(dir: string, title: string, requests: number): void {
  const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
  const totals = new Map<string, number>();
  const functions = new Map<string, number>();
  let all = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Profile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const bucket = bucketOf(byId.get(id)!.callFrame);
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      totals.set(bucket, (totals.get(bucket) ?? 0) + ms);
      const frame = byId.get(id)!.callFrame;
      if (bucket !== "(idle)") {
        const name = `${frame.functionName || "(anonymous)"} ${frame.url.split("/").slice(-1)[0] ?? ""}`.trim();
        functions.set(name, (functions.get(name) ?? 0) + ms);
      }
      if (bucket !== "(idle)") all += ms;
    });
  }
  console.log(`\n${title}: self time by owner over the whole server run (${files.length} profile(s), ${Math.round(all)} ms busy):`);
  const rows = [...totals].filter(([b]) => b !== "(idle)").sort((a, b) => b[1] - a[1]);
  // Per request: over every request of the run (warm-up included) and the server's start-up, so a little high.
  const perRequest = (ms: number) => Math.round((ms / requests) * 10) / 10;
  console.table(
    rows.slice(0, 16).map(([owner, ms]) => ({ owner, ms: Math.round(ms), "ms/request": perRequest(ms), share: `${Math.round((ms / all) * 1000) / 10}%` })),
  );
  console.log(`busy ms per request: ${perRequest(all)} (${requests} requests)`);
  const top = [...functions].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log("hottest functions (self ms):");
  for (const [name, ms] of top) console.log(`  ${String(Math.round(ms)).padStart(6)}  ${name}`);
  console.log(`profiles kept in ${dir}`);
}
