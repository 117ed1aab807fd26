// npx tsx scripts/bench/search-scale.ts [--articles N] [--port P] [--page-queries N]
//
// Site search at a large corpus (issue 10's budgets, at 100,000 articles per
// locale: a rare word ≤ 5 ms and a common word ≤ 20 ms of database time at p95
// over 100 queries, the page ≤ 30 ms median) without the rest of the
// benchmark: seeds a scratch database with N articles per locale (default
// 100,000; scripts/bench/corpus.ts, a few minutes), measures the search
// statement's database time (measureSearch), then starts the production build
// as `npm start` does (run `npm run build` first) and times the search page
// through HTTP (measureSearchPage: --page-queries different queries in each of
// rare/common × en/ru, default 25, every answer checked, paced under the
// page's rate limit of 30 searches a minute, so about a minute per 30).
// Prints the figures and a verdict table against the budgets, with the load
// average (the machine may be shared), and writes
// bench/results/<date>-search-scale.json. It measures; it never fails on timing.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { createDb } from "@/db/client";
import { listPartnerWall } from "@/db/queries/partners";
import { seedDemoContent } from "@/lib/seed/demo-content";
import { createTestDatabase } from "../../tests/support/test-database";
import { clearRuntimeCache } from "../runtime-cache";
import { insertCorpus } from "./corpus";
import { startFlags, startProcess, waitForHttp, type Server } from "./processes";
import { measureSearch, measureSearchPage, type SearchFigures, type SearchPageFigures } from "./search";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "100000" },
    port: { type: "string", default: "3420" },
    "page-queries": { type: "string", default: "25" },
  },
});
const perLocale = Number(values.articles);
const port = Number(values.port);
const perGroup = Number(values["page-queries"]);
if (!Number.isInteger(perLocale) || perLocale < 1000) throw new Error("--articles must be a whole number of at least 1,000 (rare words are article numbers from 900 up)");
if (!Number.isInteger(port) || port < 1024 || port > 65_000) throw new Error("--port must be a port number from 1024");
if (!Number.isInteger(perGroup) || perGroup < 1 || perGroup > 200) throw new Error("--page-queries must be a whole number from 1 to 200");
if (!existsSync(".next/BUILD_ID")) throw new Error("no production build here: run `npm run build` first");

const BUDGETS = { rareDbP95Ms: 5, commonDbP95Ms: 20, pageMedianMs: 30 };
const base = `http://127.0.0.1:${port}`;
const loadAverage = () => os.loadavg().map((x) => Math.round(x * 100) / 100);
const log = (line: string) => console.log(`[search-scale] ${line}`);

const loads: Record<string, number[]> = { start: loadAverage() };
let seedSeconds = 0;
let index: { documents: string; words: string; vocabulary: number } | undefined;
let dbFigures: SearchFigures | undefined;
let page: SearchPageFigures | undefined;

const database = await createTestDatabase("podium_searchscale");
let server: Server | undefined;
try {
  const { db, pool } = createDb(database.url, { max: 2 });
  try {
    await seedDemoContent(db);
    const logo = (await listPartnerWall(db))[0]!.partners[0]!.logo!.url;
    log(`seeding ${perLocale} articles per locale …`);
    const started = performance.now();
    // Without the articles' compiled markup (at 100,000 per locale, ten minutes or more of compiling):
    // search never reads it, and no article page is rendered here.
    await insertCorpus(db, perLocale, logo, (line) => log(line), { compiled: () => false });
    seedSeconds = Math.round((performance.now() - started) / 1000);
    // As on a real database of this size, which autovacuum has been through (the planner's statistics, the visibility map).
    await pool.query("VACUUM ANALYZE");
    const size = await pool.query<{ documents: string; words: string; vocabulary: number }>(
      "SELECT pg_size_pretty(pg_total_relation_size('search_documents')) AS documents, pg_size_pretty(pg_total_relation_size('search_words')) AS words, (SELECT count(*)::int FROM search_words) AS vocabulary",
    );
    index = size.rows[0]!;
    log(`${perLocale} articles per locale inserted and indexed in ${seedSeconds} s; search_documents ${index.documents}, search_words ${index.words} (${index.vocabulary} words)`);
  } finally {
    await pool.end();
  }
  loads.afterSeed = loadAverage();

  log("database time of the search statement, 100 rare and 100 common queries …");
  dbFigures = await measureSearch(database.url, null, perLocale);
  log(`database figures (ms): ${JSON.stringify(dbFigures)}`);
  loads.afterDb = loadAverage();

  // The app as `npm start` runs it, on a fresh runtime cache (scripts/bench.ts does the same).
  clearRuntimeCache();
  server = startProcess(process.execPath, [...startFlags(), "node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    NEXT_TELEMETRY_DISABLED: "1",
    SITE_URL: base,
    AUTH_SECRET: "bench-only-secret-0123456789abcdef",
    DATABASE_URL: database.url,
  });
  await waitForHttp(`${base}/api/health`);
  const minutes = Math.ceil((4 * (perGroup + 1)) / 30) - 1;
  log(`search page: ${perGroup} queries in each of 4 groups through ${base} (about ${minutes} min of rate-limit pauses) …`);
  page = await measureSearchPage(base, perLocale, { perGroup });
  loads.afterPage = loadAverage();
} finally {
  await server?.stop();
  await database.drop();
}

const verdict = (value: number, budget: number) => (value <= budget ? "met" : "MISSED");
const rows = [
  { figure: "rare word, database p95 (100 queries)", ms: dbFigures.rareDbP95Ms, budget: `≤ ${BUDGETS.rareDbP95Ms}`, verdict: verdict(dbFigures.rareDbP95Ms, BUDGETS.rareDbP95Ms) },
  { figure: "common word, database p95 (100 queries)", ms: dbFigures.commonDbP95Ms, budget: `≤ ${BUDGETS.commonDbP95Ms}`, verdict: verdict(dbFigures.commonDbP95Ms, BUDGETS.commonDbP95Ms) },
  { figure: `search page, median of all ${page.all.requests}`, ms: page.all.medianMs, budget: `≤ ${BUDGETS.pageMedianMs}`, verdict: verdict(page.all.medianMs, BUDGETS.pageMedianMs) },
  ...Object.entries(page.groups).map(([group, stats]) => ({
    figure: `search page, median of ${stats.requests} ${group}`,
    ms: stats.medianMs,
    budget: `≤ ${BUDGETS.pageMedianMs}`,
    verdict: verdict(stats.medianMs, BUDGETS.pageMedianMs),
  })),
];

console.log(`\nSite search at ${perLocale} articles per locale (seeded and indexed in ${seedSeconds} s; search_documents ${index!.documents}, ${index!.vocabulary} words):`);
console.log("Database (ms; EXPLAIN ANALYZE execution time, and searchDocuments seen from this process):");
console.table([dbFigures]);
console.log(`Search page through HTTP (ms, request to last byte; ${page.pausedSeconds} s spent waiting for the rate limit):`);
console.table(Object.entries({ ...page.groups, all: page.all }).map(([group, stats]) => ({ group, ...stats })));
console.log("Budgets (issue 10):");
console.table(rows);
console.log("Load average (1, 5, 15 min) at start, after seeding, after the database figures, after the page:", loads);

const results = {
  date: new Date().toISOString(),
  machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  serverFlags: startFlags(),
  articlesPerLocale: perLocale,
  seedSeconds,
  index,
  database: dbFigures,
  page,
  budgets: rows,
  loadAverage: loads,
};
mkdirSync("bench/results", { recursive: true });
const file = `bench/results/${new Date().toISOString().slice(0, 19).replace(/:/g, "-")}-search-scale.json`;
writeFileSync(file, JSON.stringify(results, null, 2));
log(`figures written to ${file}`);
