// npm run lighthouse [-- --build] [--runs N]
//
// Audits the public pages of the production build with Lighthouse (mobile
// defaults: Moto G Power emulation, simulated slow 4G and 4x CPU throttling):
// home, news feed, an article, partners, an event page and search, in en and ru.
// Builds the app if there is no build yet (or with --build), seeds a fresh
// database with the demo forum, starts `next start` on it, requests every page
// once so that ISR has rendered and cached it (the audit measures the cached
// page a visitor gets), then runs Lighthouse once per page (--runs N: N times,
// the table shows the median performance run). Prints scores and Core Web
// Vitals per page, marks budget misses, lists failing audits, and writes HTML
// and JSON reports to lighthouse/reports/<date>/. It measures; it never fails
// on a score (exit 1 only when the tooling itself fails).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { and, desc, eq } from "drizzle-orm";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import puppeteer from "puppeteer-core";
import { createDb } from "@/db/client";
import { ensureEmbeddedServer } from "@/db/embedded";
import { newsArticles } from "@/db/schema";
import { seedDemoContent } from "@/lib/seed/demo-content";
import { createTestDatabase, type TestDatabase } from "../tests/support/test-database";
import { startProcess, waitForHttp, type Server } from "./bench/processes";
import { clearRuntimeCache } from "./runtime-cache";

const { values: args } = parseArgs({
  options: {
    build: { type: "boolean", default: false },
    runs: { type: "string", default: "1" },
  },
});
const runs = Math.max(1, Number(args.runs) || 1);
const PORT = 3400;
const base = `http://127.0.0.1:${PORT}`;
const env = { NEXT_TELEMETRY_DISABLED: "1", SITE_URL: base, AUTH_SECRET: "lighthouse-only-secret-0123456789abcdef" };
const chromePath = process.env.CHROME_PATH || "/usr/bin/chromium";
const chromeFlags = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
const budgets: Record<(typeof categories)[number], number> = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };
const log = (line: string) => console.log(`[lighthouse] ${line}`);

function run(command: string, argv: string[]): Promise<number> {
  // Asynchronous: an embedded PostgreSQL started by this process needs its event loop.
  return new Promise((resolve) => {
    const child = spawn(command, argv, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

type Row = {
  page: string;
  scores: Record<(typeof categories)[number], number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  lcpElement: string;
  failing: string[];
  errored: string[];
};

async function latestSlug(url: string, locale: "en" | "ru"): Promise<string> {
  const { db, pool } = createDb(url, { max: 1 });
  try {
    const [row] = await db
      .select({ slug: newsArticles.slug })
      .from(newsArticles)
      .where(and(eq(newsArticles.locale, locale), eq(newsArticles.status, "published")))
      .orderBy(desc(newsArticles.publishedAt))
      .limit(1);
    if (!row) throw new Error(`no published ${locale} article in the demo content`);
    return row.slug;
  } finally {
    await pool.end();
  }
}

async function audit(url: string): Promise<{ lhr: import("lighthouse").Result; html: string; json: string }> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: ["html", "json"],
      logLevel: "error",
      onlyCategories: [...categories],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    const [html, json] = result.report as string[];
    return { lhr: result.lhr, html: html!, json: json! };
  } finally {
    chrome.kill();
  }
}

function summarise(page: string, lhr: import("lighthouse").Result): Row {
  const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Row["scores"];
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const failing: string[] = [];
  for (const c of categories) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (!a || a.score === null || a.score >= 1 || !["binary", "numeric", "metricSavings"].includes(a.scoreDisplayMode)) continue;
      // Performance metrics are in the table; list its other audits only when they are clear misses.
      if (c === "performance" && (ref.group === "metrics" || a.score >= 0.9)) continue;
      failing.push(`${c}: ${ref.id}${ref.weight === 0 && c !== "performance" ? " (unscored)" : ""} — ${a.title}${a.displayValue ? ` (${a.displayValue})` : ""}`);
    }
  }
  const errored = Object.values(lhr.audits)
    .filter((a) => a.scoreDisplayMode === "error")
    .map((a) => a.id);
  return {
    page,
    scores,
    lcpMs: Math.round(numeric("largest-contentful-paint")),
    tbtMs: Math.round(numeric("total-blocking-time")),
    cls: Math.round(numeric("cumulative-layout-shift") * 1000) / 1000,
    lcpElement: "",
    failing,
    errored,
  };
}

/**
 * The LCP element of each page, read in Chromium at Lighthouse's mobile viewport.
 * Lighthouse 12.2.3 cannot name it on current Chromium (its TraceElements
 * gatherer fails on the trace format), so it is asked of the browser directly.
 */
async function lcpElements(urls: string[]): Promise<string[]> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  try {
    const out: string[] = [];
    for (const url of urls) {
      const page = await browser.newPage();
      await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
      await page.goto(url, { waitUntil: "load" });
      out.push(
        await page.evaluate(
          () =>
            new Promise<string>((resolve) => {
              new PerformanceObserver((list) => {
                const last = list.getEntries().at(-1) as (PerformanceEntry & { element?: Element; size?: number }) | undefined;
                const html = last?.element?.outerHTML.replace(/\s+/g, " ") ?? "";
                resolve(last ? `${html.slice(0, 100)}${html.length > 100 ? "…" : ""} (${last.size} px²)` : "");
              }).observe({ type: "largest-contentful-paint", buffered: true });
              setTimeout(() => resolve(""), 3000);
            }),
        ),
      );
      await page.close();
    }
    return out;
  } finally {
    await browser.disconnect();
    chrome.kill();
  }
}

let database: TestDatabase | null = null;
let server: Server | null = null;
let status = 0;
try {
  if (args.build || !existsSync(".next/BUILD_ID")) {
    log("building the production app …");
    if ((await run("npx", ["next", "build"])) !== 0) throw new Error("next build failed");
  } else {
    log(`auditing the existing build of ${statSync(".next/BUILD_ID").mtime.toISOString()} (--build to rebuild)`);
  }

  log("seeding a fresh database with the demo forum …");
  database = await createTestDatabase("podium_lighthouse");
  {
    const { db, pool } = createDb(database.url, { max: 2 });
    await seedDemoContent(db);
    await pool.end();
  }
  const slugs = { en: await latestSlug(database.url, "en"), ru: await latestSlug(database.url, "ru") };

  clearRuntimeCache();
  server = startProcess("node", ["node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    ...env,
    DATABASE_URL: database.url,
  });
  await waitForHttp(`${base}/api/health`);

  const pages: [string, string][] = [];
  for (const locale of ["en", "ru"] as const) {
    pages.push(
      [`${locale} home`, `/${locale}`],
      [`${locale} news`, `/${locale}/news`],
      [`${locale} article`, `/${locale}/news/${slugs[locale]}`],
      [`${locale} partners`, `/${locale}/partners`],
      [`${locale} program`, `/${locale}/program`],
      // The programme's other pages (issue 9), from the demo programme (lib/seed/program-2012*.ts).
      [`${locale} program day`, `/${locale}/program/2012-04-19`],
      [`${locale} session`, `/${locale}/program/PL3NRY-${locale === "en" ? "regions-of-innovation" : "regiony-innovatsiy"}`],
      [`${locale} speakers`, `/${locale}/speakers`],
      [`${locale} speaker`, `/${locale}/speakers/natalia-zhuravleva`],
      // noindex by design (results are not for search engines), which Lighthouse's SEO category counts against it.
      [`${locale} search`, `/${locale}/search?q=${encodeURIComponent(locale === "ru" ? "форум" : "forum")}`],
    );
  }
  for (const [, p] of pages) {
    const response = await fetch(base + p);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${p} answered ${response.status}`);
  }

  const dir = path.join("lighthouse", "reports", new Date().toISOString().slice(0, 19).replace(/:/g, "-"));
  mkdirSync(dir, { recursive: true });
  const rows: Row[] = [];
  const started = Date.now();
  for (const [name, p] of pages) {
    const attempts: Row[] = [];
    for (let i = 0; i < runs; i++) {
      const { lhr, html, json } = await audit(base + p);
      const file = path.join(dir, `${name.replace(/ /g, "-")}${runs > 1 ? `-${i + 1}` : ""}`);
      writeFileSync(`${file}.report.html`, html);
      writeFileSync(`${file}.report.json`, json);
      attempts.push(summarise(name, lhr));
    }
    const sorted = [...attempts].sort((a, b) => a.scores.performance - b.scores.performance);
    const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
    rows.push(median);
    log(`${name} ${p}: ${categories.map((c) => median.scores[c]).join(" / ")}${runs > 1 ? ` (performance runs: ${attempts.map((a) => a.scores.performance).join(", ")})` : ""}`);
  }

  const elements = await lcpElements(pages.map(([, p]) => base + p));
  rows.forEach((r, i) => (r.lcpElement = elements[i]!));

  const mark = (c: (typeof categories)[number], score: number) => (score < budgets[c] ? `${score} ✗` : String(score));
  console.table(
    rows.map((r) => ({
      page: r.page,
      performance: mark("performance", r.scores.performance),
      accessibility: mark("accessibility", r.scores.accessibility),
      "best practices": mark("best-practices", r.scores["best-practices"]),
      seo: mark("seo", r.scores.seo),
      "LCP ms": r.lcpMs,
      "TBT ms": r.tbtMs,
      CLS: r.cls,
    })),
  );
  const misses = rows.flatMap((r) => categories.filter((c) => r.scores[c] < budgets[c]).map((c) => `${r.page}: ${c} ${r.scores[c]} < ${budgets[c]}`));
  console.log(misses.length ? `Budget misses (✗):\n  ${misses.join("\n  ")}` : "Every page meets the budgets (performance ≥ 95; accessibility, best practices, SEO 100).");
  const failing = new Map<string, string[]>();
  for (const r of rows) for (const f of r.failing) failing.set(f, [...(failing.get(f) ?? []), r.page]);
  if (failing.size) {
    console.log("Failing audits:");
    for (const [f, on] of failing) console.log(`  ${f}  [${on.length === rows.length ? "every page" : on.join(", ")}]`);
  }
  const slow = rows.filter((r) => r.scores.performance < budgets.performance);
  if (slow.length) console.log("LCP elements of the pages under the performance budget:");
  for (const r of slow) console.log(`  ${r.page}: ${r.lcpElement}`);
  const errored = [...new Set(rows.flatMap((r) => r.errored))];
  if (errored.length) console.log(`Audits Lighthouse could not run (tooling, not the site): ${errored.join(", ")}`);

  writeFileSync(
    path.join(dir, "summary.json"),
    JSON.stringify({ date: new Date().toISOString(), lighthouse: "12.2.3", runsPerPage: runs, budgets, pages: rows.map((r, i) => ({ ...r, path: pages[i]![1] })) }, null, 2),
  );
  log(`${rows.length * runs} audits in ${Math.round((Date.now() - started) / 1000)} s; reports in ${dir}/`);
} catch (error) {
  console.error(error);
  status = 1;
} finally {
  await server?.stop();
  await database?.drop().catch((e) => console.error("could not drop the database:", e));
  // An embedded server this run started is stopped again (one that was already running is left alone).
  if (database && !process.env.DATABASE_URL?.trim()) await (await ensureEmbeddedServer()).stop();
}
process.exit(status);
