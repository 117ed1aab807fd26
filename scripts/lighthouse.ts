// npm run lighthouse [-- --build] [--runs N]
//
// Audits the public pages of the production build with Lighthouse (mobile
// defaults: Moto G Power emulation, simulated slow 4G and 4x CPU throttling):
// every public template in en and ru: home, news feed, an article, partners, an
// event page, search, the programme (whole, a day, a session), the speakers
// index, a speaker, and the 404 page.
// Builds the app if there is no build yet (or with --build), seeds a fresh
// database with the demo forum, starts `next start` on it, requests every page
// once so that ISR has rendered and cached it (the audit measures the cached
// page a visitor gets), then runs Lighthouse once per page (--runs N: N times,
// the table shows the median performance run). Prints scores and Core Web
// Vitals per page, marks budget misses, lists failing audits, and writes HTML
// and JSON reports to lighthouse/reports/<date>/. It measures; it never fails
// on a score (exit 1 only when the tooling itself fails). LIGHTHOUSE_PORT sets
// the server's port (3400 by default; another when several checkouts share a machine).
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
import { categoryScoreWithout, onlyOwnStatusLogged } from "./lighthouse/scoring";
import { clearRuntimeCache } from "./runtime-cache";

const { values: args } = parseArgs({
  options: {
    build: { type: "boolean", default: false },
    runs: { type: "string", default: "1" },
    // Audit only the pages whose name contains this text, or one of several separated by commas
    // ("ru session", "404", "en home,ru partners"): reruns of a few pages.
    only: { type: "string" },
  },
});
const runs = Math.max(1, Number(args.runs) || 1);
const PORT = Number(process.env.LIGHTHOUSE_PORT) || 3400;
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

type Category = (typeof categories)[number];
/** A page to audit: its name in the table, its path, the status it answers, and audits its design rules out. */
type Target = { name: string; path: string; status: number; exclude: Partial<Record<Category, string[]>> };

/** What a noindex page fails by design: "Page is blocked from indexing". */
const NOINDEX: Target["exclude"] = { seo: ["is-crawlable"] };
/**
 * What the 404 page fails by design besides: its status (SEO's "unsuccessful HTTP
 * status code") and Chromium's console line for that status (best practices'
 * "errors logged to the console"; left out only while that line is the only
 * error: see excludedHere).
 */
const NOT_FOUND_PAGE: Target["exclude"] = { seo: ["is-crawlable", "http-status-code"], "best-practices": ["errors-in-console"] };

/** The audits of `category` left out on this page: the target's, less a console audit that saw more than the page's own status. */
function excludedHere(target: Target, category: Category, lhr: import("lighthouse").Result): string[] {
  return (target.exclude[category] ?? []).filter((id) => {
    if (id !== "errors-in-console") return true;
    const items = (lhr.audits[id]?.details as { items?: Parameters<typeof onlyOwnStatusLogged>[0] } | undefined)?.items ?? [];
    return onlyOwnStatusLogged(items, lhr.finalDisplayedUrl);
  });
}

type Row = {
  page: string;
  scores: Record<(typeof categories)[number], number>;
  /** Lighthouse's own score where audits were left out (to print beside ours). */
  raw: Partial<Record<Category, number>>;
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

async function audit(url: string, status: number): Promise<{ lhr: import("lighthouse").Result; html: string; json: string }> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: ["html", "json"],
      logLevel: "error",
      onlyCategories: [...categories],
      // Lighthouse stops at a 4xx document unless told it is expected (the 404 page).
      ignoreStatusCode: status >= 400,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    const [html, json] = result.report as string[];
    return { lhr: result.lhr, html: html!, json: json! };
  } finally {
    chrome.kill();
  }
}

function summarise(target: Target, lhr: import("lighthouse").Result): Row {
  const page = target.name;
  const raw: Row["raw"] = {};
  const excludedIn = Object.fromEntries(categories.map((c) => [c, excludedHere(target, c, lhr)])) as Record<Category, string[]>;
  const score = (c: (typeof categories)[number]) => {
    const category = lhr.categories[c];
    if (!category) return 0;
    const excluded = excludedIn[c];
    if (!excluded.length) return Math.round((category.score ?? 0) * 100);
    raw[c] = Math.round((category.score ?? 0) * 100);
    // Recomputed without the excluded audits; first checked against Lighthouse's own score with them.
    const own = categoryScoreWithout(category, lhr.audits, new Set());
    if (own === null || Math.abs(own - (category.score ?? 0)) > 0.005) throw new Error(`${page}: ${c} recomputed as ${own}, Lighthouse says ${category.score}`);
    return Math.round((categoryScoreWithout(category, lhr.audits, new Set(excluded)) ?? 0) * 100);
  };
  const scores = Object.fromEntries(categories.map((c) => [c, score(c)])) as Row["scores"];
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const failing: string[] = [];
  for (const c of categories) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (!a || a.score === null || a.score >= 1 || !["binary", "numeric", "metricSavings"].includes(a.scoreDisplayMode)) continue;
      // Performance metrics are in the table; list its other audits only when they are clear misses.
      if (c === "performance" && (ref.group === "metrics" || a.score >= 0.9)) continue;
      const note = excludedIn[c].includes(ref.id) ? " (left out on this page by design)" : ref.weight === 0 && c !== "performance" ? " (unscored)" : "";
      failing.push(`${c}: ${ref.id}${note} — ${a.title}${a.displayValue ? ` (${a.displayValue})` : ""}`);
    }
  }
  const errored = Object.values(lhr.audits)
    .filter((a) => a.scoreDisplayMode === "error")
    .map((a) => a.id);
  return {
    page,
    scores,
    raw,
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
  // Checked first: chrome-launcher's failure to spawn is an uncaught error that would leave the server running.
  if (!existsSync(chromePath)) throw new Error(`no Chromium at ${chromePath} (set CHROME_PATH)`);
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

  const all: Target[] = [];
  const page = (name: string, p: string, status = 200, exclude: Target["exclude"] = {}) => all.push({ name, path: p, status, exclude });
  for (const locale of ["en", "ru"] as const) {
    page(`${locale} home`, `/${locale}`);
    page(`${locale} news`, `/${locale}/news`);
    page(`${locale} article`, `/${locale}/news/${slugs[locale]}`);
    page(`${locale} partners`, `/${locale}/partners`);
    // An event page (content/pages, a document: lib/site-documents/event-page-document.tsx).
    page(`${locale} event page`, `/${locale}/about`);
    page(`${locale} program`, `/${locale}/program`);
    // The programme's other pages (issue 9), from the demo programme (lib/seed/program-2012*.ts).
    page(`${locale} program day`, `/${locale}/program/2012-04-19`);
    page(`${locale} session`, `/${locale}/program/PL3NRY-${locale === "en" ? "regions-of-innovation" : "regiony-innovatsiy"}`);
    page(`${locale} speakers`, `/${locale}/speakers`);
    page(`${locale} speaker`, `/${locale}/speakers/natalia-zhuravleva`);
    // Results are noindex by design (no search engine should index a site's own search):
    // "blocked from indexing" is left out of SEO here; every other SEO audit counts.
    page(`${locale} search`, `/${locale}/search?q=${encodeURIComponent(locale === "ru" ? "форум" : "forum")}`, 200, NOINDEX);
    // The 404 page: noindex, status 404 and that status's console line are its design
    // (NOT_FOUND_PAGE); every other audit counts. The table shows Lighthouse's own score beside.
    page(`${locale} 404`, `/${locale}/no-such-page`, 404, NOT_FOUND_PAGE);
  }
  const wanted = args.only?.split(",").map((w) => w.trim()).filter(Boolean);
  const pages = wanted?.length ? all.filter((t) => wanted.some((w) => t.name.includes(w))) : all;
  if (pages.length === 0) throw new Error(`no page's name contains "${args.only}"`);
  for (const { path: p, status: expected } of pages) {
    const response = await fetch(base + p);
    await response.arrayBuffer();
    if (response.status !== expected) throw new Error(`${p} answered ${response.status}, not ${expected}`);
  }

  const dir = path.join("lighthouse", "reports", new Date().toISOString().slice(0, 19).replace(/:/g, "-"));
  mkdirSync(dir, { recursive: true });
  const rows: Row[] = [];
  const started = Date.now();
  for (const target of pages) {
    const { name, path: p, status: expected } = target;
    const attempts: Row[] = [];
    for (let i = 0; i < runs; i++) {
      const { lhr, html, json } = await audit(base + p, expected);
      const file = path.join(dir, `${name.replace(/ /g, "-")}${runs > 1 ? `-${i + 1}` : ""}`);
      writeFileSync(`${file}.report.html`, html);
      writeFileSync(`${file}.report.json`, json);
      attempts.push(summarise(target, lhr));
    }
    const sorted = [...attempts].sort((a, b) => a.scores.performance - b.scores.performance);
    const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
    rows.push(median);
    log(`${name} ${p}: ${categories.map((c) => median.scores[c]).join(" / ")}${runs > 1 ? ` (performance runs: ${attempts.map((a) => a.scores.performance).join(", ")})` : ""}`);
  }

  const elements = await lcpElements(pages.map((t) => base + t.path));
  rows.forEach((r, i) => (r.lcpElement = elements[i]!));

  const mark = (c: Category, r: Row) => {
    const score = r.scores[c];
    const shown = r.raw[c] === undefined ? String(score) : `${score} (raw ${r.raw[c]})`;
    return score < budgets[c] ? `${shown} ✗` : shown;
  };
  console.table(
    rows.map((r) => ({
      page: r.page,
      performance: mark("performance", r),
      accessibility: mark("accessibility", r),
      "best practices": mark("best-practices", r),
      seo: mark("seo", r),
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
    JSON.stringify({ date: new Date().toISOString(), lighthouse: "12.2.3", runsPerPage: runs, budgets, pages: rows.map((r, i) => ({ ...r, path: pages[i]!.path, excludedAudits: pages[i]!.exclude })) }, null, 2),
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
