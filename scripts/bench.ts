// npm run bench [-- --articles N] [--duration S] [--scale] [--build-times] [--skip-build]
//
// Builds the production app if needed, seeds a fresh benchmark database with a
// generated corpus, starts `next start` on it, and loads each public target over
// loopback beside two references measured in the same run (raw Node http and a
// static page of the same app; nginx too where installed). Prints one table and
// writes the figures to bench/results/<date>.json. It measures; it never fails on timing.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { createDb } from "@/db/client";
import { listPartnerWall } from "@/db/queries/partners";
import { seedDemoContent } from "@/lib/seed/demo-content";
import { createTestDatabase } from "../tests/support/test-database";
import { insertCorpus } from "./bench/corpus";
import { load, type LoadResult } from "./bench/load";
import { memoryOf, startProcess, waitForHttp } from "./bench/processes";
import { nginxBinary, startNginx, startRawNode } from "./bench/references";
import { clearRuntimeCache } from "./runtime-cache";

const { values: args } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    duration: { type: "string", default: "10" },
    scale: { type: "boolean", default: false },
    "build-times": { type: "boolean", default: false },
    "skip-build": { type: "boolean", default: false },
  },
});
const perLocale = Number(args.articles);
const seconds = Number(args.duration);
const PORT = 3200;
const RAW_PORT = 3201;
const NGINX_PORT = 3202;
const base = `http://127.0.0.1:${PORT}`;
const env = { NEXT_TELEMETRY_DISABLED: "1", SITE_URL: base, AUTH_SECRET: "bench-only-secret-0123456789abcdef" };
const log = (line: string) => console.log(`[bench] ${line}`);

function timedBuild(extraEnv: Record<string, string> = {}): number {
  const started = Date.now();
  const result = spawnSync("npx", ["next", "build"], { stdio: "ignore", env: { ...process.env, ...env, ...extraEnv } });
  if (result.status !== 0) throw new Error("next build failed; run `npx next build` to see why");
  return (Date.now() - started) / 1000;
}

async function timeGet(pathname: string): Promise<{ ms: number; status: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(base + pathname);
  const body = await response.arrayBuffer();
  return { ms: Math.round((performance.now() - started) * 10) / 10, status: response.status, bytes: body.byteLength };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : NaN;
};

async function missTimes(paths: string[]): Promise<number> {
  const times: number[] = [];
  for (const p of paths) {
    const r = await timeGet(p);
    if (r.status !== 200) throw new Error(`${p} answered ${r.status}`);
    times.push(r.ms);
  }
  return Math.round(median(times) * 10) / 10;
}

/** gzip size of the JavaScript a first visit to `pathname` downloads. */
async function firstLoadJsKb(pathname: string): Promise<number> {
  const html = await (await fetch(base + pathname)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
  let total = 0;
  for (const src of sources) total += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  return Math.round(total / 102.4) / 10;
}

type SizeRun = {
  articlesPerLocale: number;
  seedSeconds: number;
  miss: Record<string, number>;
  load: Record<string, { c10: LoadResult; c50: LoadResult }>;
  memory: { rssMb: number; peakMb: number };
  firstLoadJsKb: Record<string, number>;
};

async function benchSize(articles: number, full: boolean): Promise<SizeRun> {
  log(`database with ${articles} articles per locale …`);
  const seedStarted = Date.now();
  const database = await createTestDatabase("podium_bench");
  const { db, pool } = createDb(database.url, { max: 4 });
  await seedDemoContent(db);
  const logo = (await listPartnerWall(db))[0]!.partners[0]!.logo!.url;
  await insertCorpus(db, articles, logo, log);
  await pool.query("ANALYZE");
  await pool.end();
  const seedSeconds = (Date.now() - seedStarted) / 1000;

  clearRuntimeCache();
  const server = startProcess("node", ["node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    ...env,
    DATABASE_URL: database.url,
  });
  try {
    await waitForHttp(`${base}/api/health`);
    const deepPage = Math.min(500, Math.ceil(articles / 10));
    const miss: Record<string, number> = {
      "article (MDX compile)": await missTimes(Array.from({ length: 20 }, (_, i) => `/en/news/bench-${100 + i * 3}`)),
      "feed page 1-5": await missTimes([1, 2, 3, 4, 5].map((p) => `/en/news?page=${p}`)),
      [`feed page ${deepPage - 4}-${deepPage}`]: await missTimes([4, 3, 2, 1, 0].map((d) => `/ru/news?page=${deepPage - d}`)),
      "sitemap.xml": (await timeGet("/sitemap.xml")).ms,
      "feed.xml": (await timeGet("/en/feed.xml")).ms,
    };
    log(`cache misses (ms, median): ${JSON.stringify(miss)}`);

    const loadResults: SizeRun["load"] = {};
    if (full) {
      const articleHtml = Buffer.from(await (await fetch(`${base}/en/news/bench-7`)).arrayBuffer());
      const stopRaw = await startRawNode(articleHtml, RAW_PORT);
      const nginx = nginxBinary();
      const nginxDir = mkdtempSync(path.join(tmpdir(), "podium-nginx-"));
      const nginxServer = nginx ? await startNginx(nginx, articleHtml, NGINX_PORT, nginxDir) : null;
      const targets: Record<string, string> = {
        "ref: raw node (article bytes)": `http://127.0.0.1:${RAW_PORT}/`,
        ...(nginxServer ? { "ref: nginx (article bytes)": `http://127.0.0.1:${NGINX_PORT}/` } : {}),
        "ref: static Next page": `${base}/reference/static`,
        home: `${base}/en`,
        "news feed page 1": `${base}/en/news`,
        [`news feed page ${deepPage}`]: `${base}/en/news?page=${deepPage}`,
        article: `${base}/en/news/bench-7`,
        partners: `${base}/en/partners`,
        "sitemap.xml": `${base}/sitemap.xml`,
        "feed.xml": `${base}/en/feed.xml`,
        "partner logo (/media)": `${base}${logo}`,
      };
      for (const [name, url] of Object.entries(targets)) {
        const c10 = await load(url, 10, seconds);
        const c50 = await load(url, 50, seconds);
        loadResults[name] = { c10, c50 };
        log(`${name}: ${c50.rps} req/s at 50, p99 ${c10.p99} ms at 10`);
      }
      await stopRaw();
      await nginxServer?.stop();
      rmSync(nginxDir, { recursive: true, force: true });
    }

    const memory = memoryOf(server.process.pid!);
    const firstLoad: Record<string, number> = {};
    if (full) {
      for (const [name, p] of Object.entries({ "static reference": "/reference/static", home: "/en", feed: "/en/news", article: "/en/news/bench-7", partners: "/en/partners", "event page": "/en/program" })) {
        firstLoad[name] = await firstLoadJsKb(p);
      }
    }
    return { articlesPerLocale: articles, seedSeconds, miss, load: loadResults, memory, firstLoadJsKb: firstLoad };
  } finally {
    await server.stop();
    await database.drop();
  }
}

function printTable(run: SizeRun) {
  const raw = run.load["ref: raw node (article bytes)"]?.c50.rps ?? NaN;
  const stat = run.load["ref: static Next page"]?.c50.rps ?? NaN;
  const rows = Object.entries(run.load).map(([name, r]) => ({
    target: name,
    "req/s @10": r.c10.rps,
    "p50 @10": r.c10.p50,
    "p99 @10": r.c10.p99,
    "req/s @50": r.c50.rps,
    "p50 @50": r.c50.p50,
    "p99 @50": r.c50.p99,
    errors: r.c10.errors + r.c50.errors + r.c10.non2xx + r.c50.non2xx,
    "% of raw node": Math.round((r.c50.rps / raw) * 1000) / 10,
    "% of static Next": Math.round((r.c50.rps / stat) * 1000) / 10,
  }));
  console.table(rows);
}

const results: Record<string, unknown> = { date: new Date().toISOString(), machine: { cores: (await import("node:os")).cpus().length, node: process.version } };

if (!args["skip-build"] || !existsSync(".next/BUILD_ID")) {
  log("building the production app …");
  results.buildSeconds = timedBuild();
}

const main = await benchSize(perLocale, true);
results.main = main;
printTable(main);
console.log("Cache misses (ms, median):", main.miss);
console.log("Server memory after the run (MB):", main.memory);
console.log("First-load JavaScript (KB gzip):", main.firstLoadJsKb);

if (args.scale) {
  const scale: SizeRun[] = [];
  for (const size of [100, 10_000, 100_000]) scale.push(await benchSize(size, false));
  results.scale = scale;
  console.table(scale.map((s) => ({ "articles/locale": s.articlesPerLocale, ...s.miss, "peak RSS MB": s.memory.peakMb })));
}

if (args["build-times"]) {
  const small = await createTestDatabase("podium_bench_build");
  const { db, pool } = createDb(small.url, { max: 2 });
  await seedDemoContent(db);
  await pool.end();
  const withSmall = timedBuild({ DATABASE_URL: small.url });
  await small.drop();
  const large = await createTestDatabase("podium_bench_build");
  const big = createDb(large.url, { max: 4 });
  await seedDemoContent(big.db);
  await insertCorpus(big.db, 50_000, "/media/none.png", log);
  await big.pool.end();
  const withLarge = timedBuild({ DATABASE_URL: large.url });
  await large.drop();
  results.buildTimes = { "30 articles": withSmall, "100,000 articles": withLarge };
  console.log("next build (s):", results.buildTimes);
}

mkdirSync("bench/results", { recursive: true });
const file = `bench/results/${new Date().toISOString().slice(0, 19).replace(/:/g, "-")}.json`;
writeFileSync(file, JSON.stringify(results, null, 2));
log(`figures written to ${file}`);
