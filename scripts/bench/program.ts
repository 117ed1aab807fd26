// The programme's budgets (issue 9) in the benchmark: at the demo size and at a
// generated 150-session, 400-person edition (./program-corpus.ts), for
// /en/program, /ru/program, a day page and the speakers index:
//   - HTML bytes, raw and gzip (budget ≤ 60 KB gzip);
//   - the client JavaScript the page loads beside the App Router's own (the
//     static reference page): script files it names that the reference does not,
//     plus inline scripts that are not JSON-LD (budget: none added);
//   - the uncached render: the `program` tag is expired inside the server before
//     each request (./expire-control.cjs), so each request re-reads the snapshot
//     from PostgreSQL and renders again, as the first visit after a programme
//     save does; median and p95 wall time, and server CPU per render as the
//     article misses are measured (./miss-cpu.ts) (budget: median ≤ 30 ms);
//   - cached req/s of /en/program beside the article page's, alternated in the
//     same run, as a browser asks (gzip) and as a client without gzip does
//     (identity), with wrk, and the server's CPU per answer beside each (budget:
//     not slower than the article page in either encoding, within the noise the
//     two article runs show; NOISY instead of a verdict when they differ by more
//     than 20%). wrk, not autocannon: autocannon parses each body in JavaScript on
//     the same two cores, and on the 240 KB programme it was the client that
//     set the rate (the server stood at two-thirds of a core).
// The uncached figures include the control port's own answer (a 204, well
// under a millisecond), which runs in the server's process.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { cpuSeconds } from "./miss-cpu";
import { runWrk, writeWrkReport, wrkBinary } from "./wrk";

export const PROGRAM_BUDGETS = { gzipKb: 60, addedJsKb: 0, uncachedMedianMs: 30 } as const;
/** The least spread allowed for "within noise" when the two article runs happen to agree closely. */
const MIN_NOISE = 0.05;
/** Beyond this spread between the two article runs the machine was too busy to compare rates: NOISY, not a verdict. */
const MAX_NOISE = 0.2;
/** Uncached renders measured per page, after a few unmeasured ones. */
const RENDERS = 30;
const WARM_RENDERS = 3;

export type PageFigures = {
  path: string;
  rawKb: number;
  gzipKb: number;
  /** <script src> files not loaded by the App Router reference page, and inline scripts that are code (not JSON-LD). */
  scriptFiles: number;
  inlineScripts: number;
  /** gzip KB of those files and inline scripts: what the page adds to the App Router baseline. */
  addedJsKb: number;
  uncached: { renders: number; medianMs: number; p95Ms: number; cpuMsPerRender: number; hitsDiscarded: number };
};

export type ProgramSize = {
  label: string;
  sessions: number;
  people: number;
  /** gzip KB of the JavaScript the App Router reference page loads (the baseline). */
  baselineJsKb: number;
  pages: Record<string, PageFigures>;
  /** Per encoding: req/s of each run (alternated), server CPU per answer, the article runs' spread and the ratio of means. */
  cached: Record<Encoding, CachedComparison>;
};

type Encoding = "gzip" | "identity";
type CachedComparison = { programRps: number[]; articleRps: number[]; programCpuMs: number; articleCpuMs: number; noise: number; ratio: number };

type Context = { base: string; controlBase: string; serverPid: number; articlePath: string; seconds: number; log: (line: string) => void };

const round1 = (x: number) => Math.round(x * 10) / 10;
const kb = (bytes: number) => round1(bytes / 1024);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function text(url: string): Promise<string> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

/** The scripts of a document: file addresses, and inline scripts other than JSON-LD (data, not code). */
export function scriptsOf(html: string): { files: string[]; inline: string[] } {
  const files: string[] = [];
  const inline: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1]!;
    const src = /\ssrc="([^"]+)"/.exec(attributes)?.[1];
    if (src) files.push(src);
    else if (!/type="application\/ld\+json"/.test(attributes)) inline.push(match[2]!);
  }
  return { files: [...new Set(files)], inline };
}

async function gzipBytesOf(base: string, files: string[]): Promise<number> {
  let total = 0;
  for (const src of files) total += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  return total;
}

/** Expires the `program` tag inside the bench's server (./expire-control.cjs). */
export async function expireProgram(controlBase: string): Promise<void> {
  const response = await fetch(`${controlBase}/expire?tag=program`, { method: "POST" });
  if (response.status !== 204) throw new Error(`the bench control port answered ${response.status}`);
}

/**
 * Renders of `path` with the `program` tag expired before each. A render is
 * counted only if the server says it was a miss; a hit (Next stores a render
 * just after answering, and may have stored the previous one after the
 * expiry) is discarded and the expiry repeated.
 */
async function uncachedRenders(ctx: Context, path: string): Promise<PageFigures["uncached"]> {
  const render = async (): Promise<number | null> => {
    await expireProgram(ctx.controlBase);
    const started = performance.now();
    const response = await fetch(ctx.base + path, { redirect: "manual" });
    await response.arrayBuffer();
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    const cache = response.headers.get("x-nextjs-cache");
    if (cache === "MISS") return ms;
    if (cache === "HIT" || cache === "STALE") return null;
    throw new Error(`${path} has no x-nextjs-cache MISS/HIT header (${cache}): is it still a cached route?`);
  };
  for (let i = 0; i < WARM_RENDERS; i++) await render();
  const times: number[] = [];
  let hitsDiscarded = 0;
  const cpuBefore = cpuSeconds(ctx.serverPid);
  while (times.length < RENDERS) {
    const ms = await render();
    if (ms === null) {
      if (++hitsDiscarded > RENDERS) throw new Error(`${path}: expiring the program tag does not make a miss`);
    } else times.push(ms);
  }
  // Next stores the last render after answering: let that work land in the CPU figure.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const cpu = cpuSeconds(ctx.serverPid) - cpuBefore;
  return {
    renders: times.length,
    medianMs: round1(percentile(times, 50)),
    p95Ms: round1(percentile(times, 95)),
    cpuMsPerRender: round1((cpu * 1000) / (times.length + hitsDiscarded)),
    hitsDiscarded,
  };
}

async function pageFigures(ctx: Context, path: string, baselineFiles: Set<string>): Promise<PageFigures> {
  // The stored document, as a visitor gets it.
  await text(ctx.base + path);
  const html = await text(ctx.base + path);
  const bytes = Buffer.from(html);
  const { files, inline } = scriptsOf(html);
  const added = files.filter((src) => !baselineFiles.has(src));
  const addedBytes = (await gzipBytesOf(ctx.base, added)) + (inline.length ? gzipSync(inline.join("")).length : 0);
  return {
    path,
    rawKb: kb(bytes.length),
    gzipKb: kb(gzipSync(bytes).length),
    scriptFiles: added.length,
    inlineScripts: inline.length,
    addedJsKb: kb(addedBytes),
    uncached: await uncachedRenders(ctx, path),
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * The stored /en/program beside the stored article, two rounds alternated (a
 * machine that slows down during the run slows both alike), wrk -t1 -c50 after a
 * 2 s warm-up each; the server's CPU per answer is read around each run.
 */
async function compareCached(ctx: Context, encoding: Encoding): Promise<CachedComparison> {
  const wrk = wrkBinary();
  if (!wrk) throw new Error("wrk is not installed (apt-get install wrk): the programme's cached rate is measured with it");
  const dir = mkdtempSync(path.join(os.tmpdir(), "podium-program-wrk-"));
  try {
    return await compareCachedWith(ctx, encoding, wrk, writeWrkReport(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function compareCachedWith(ctx: Context, encoding: Encoding, wrk: string, script: string): Promise<CachedComparison> {
  const headers: Record<string, string> = encoding === "gzip" ? { "Accept-Encoding": "gzip" } : {};
  const run = async (url: string) => {
    await runWrk(wrk, script, url, 50, 2, headers);
    const cpuBefore = cpuSeconds(ctx.serverPid);
    const result = await runWrk(wrk, script, url, 50, ctx.seconds, headers);
    const cpuMs = ((cpuSeconds(ctx.serverPid) - cpuBefore) * 1000) / Math.max(1, result.rps * ctx.seconds);
    if (result.errors > 0) throw new Error(`${url} (${encoding}): ${result.errors} errors under wrk`);
    return { rps: result.rps, cpuMs };
  };
  await text(`${ctx.base}/en/program`);
  const program: { rps: number; cpuMs: number }[] = [];
  const article: { rps: number; cpuMs: number }[] = [];
  for (let round = 0; round < 2; round++) {
    article.push(await run(ctx.base + ctx.articlePath));
    program.push(await run(`${ctx.base}/en/program`));
  }
  const articleRps = article.map((r) => r.rps);
  const programRps = program.map((r) => r.rps);
  return {
    programRps,
    articleRps,
    programCpuMs: round2(mean(program.map((r) => r.cpuMs))),
    articleCpuMs: round2(mean(article.map((r) => r.cpuMs))),
    noise: Math.round((Math.abs(articleRps[0]! - articleRps[1]!) / mean(articleRps)) * 1000) / 1000,
    ratio: round2(mean(programRps) / mean(articleRps)),
  };
}

/** Measures the current edition's programme pages; `label` names the edition in the output. */
export async function measureProgram(ctx: Context, size: { label: string; sessions: number; people: number }): Promise<ProgramSize> {
  const baselineHtml = await text(`${ctx.base}/reference/static`);
  const baselineFiles = scriptsOf(baselineHtml).files;
  const baselineJsKb = kb(await gzipBytesOf(ctx.base, baselineFiles));
  const programHtml = await text(`${ctx.base}/en/program`);
  const day = /href="\/en\/program\/(\d{4}-\d{2}-\d{2})"/.exec(programHtml)?.[1];
  if (!day) throw new Error("/en/program links to no day page");
  const pages: Record<string, PageFigures> = {};
  for (const [name, path] of Object.entries({ "/en/program": "/en/program", "/ru/program": "/ru/program", "day page": `/en/program/${day}`, "speakers index": "/en/speakers" })) {
    pages[name] = await pageFigures(ctx, path, new Set(baselineFiles));
    ctx.log(`programme (${size.label}) ${name}: ${JSON.stringify(pages[name])}`);
  }
  const cached = {} as Record<Encoding, CachedComparison>;
  for (const encoding of ["gzip", "identity"] as const) {
    cached[encoding] = await compareCached(ctx, encoding);
    ctx.log(`programme (${size.label}) cached, ${encoding}, wrk at 50: ${JSON.stringify(cached[encoding])}`);
  }
  return { ...size, baselineJsKb, pages, cached };
}

/** One line per figure against its budget, OK or MISS. */
type Verdict = "OK" | "MISS" | "NOISY";

export function programVerdicts(run: ProgramSize): { figure: string; value: string; budget: string; verdict: Verdict }[] {
  const rows: { figure: string; value: string; budget: string; verdict: Verdict }[] = [];
  const row = (figure: string, value: string, budget: string, ok: boolean | "noisy") =>
    rows.push({ figure, value, budget, verdict: ok === "noisy" ? "NOISY" : ok ? "OK" : "MISS" });
  for (const [name, page] of Object.entries(run.pages)) {
    row(`${name} HTML`, `${page.gzipKb} KB gzip (${page.rawKb} KB raw)`, `≤ ${PROGRAM_BUDGETS.gzipKb} KB gzip`, page.gzipKb <= PROGRAM_BUDGETS.gzipKb);
    row(
      `${name} client JS added`,
      `${page.addedJsKb} KB (${page.scriptFiles} files, ${page.inlineScripts} inline; App Router baseline ${run.baselineJsKb} KB)`,
      "0 KB",
      page.addedJsKb <= PROGRAM_BUDGETS.addedJsKb && page.scriptFiles === 0 && page.inlineScripts === 0,
    );
    row(
      `${name} uncached render`,
      `median ${page.uncached.medianMs} ms, p95 ${page.uncached.p95Ms} ms, CPU ${page.uncached.cpuMsPerRender} ms/render`,
      `median ≤ ${PROGRAM_BUDGETS.uncachedMedianMs} ms`,
      page.uncached.medianMs <= PROGRAM_BUDGETS.uncachedMedianMs,
    );
  }
  for (const encoding of ["gzip", "identity"] as const) {
    const c = run.cached[encoding];
    const allowed = Math.max(c.noise, MIN_NOISE);
    row(
      `/en/program cached req/s @50, ${encoding}`,
      `${Math.round(mean(c.programRps))} (${c.programRps.join(", ")}; server CPU ${c.programCpuMs} ms/answer) vs article ${Math.round(mean(c.articleRps))} (${c.articleRps.join(", ")}; ${c.articleCpuMs} ms), ratio ${c.ratio}`,
      `≥ article × ${round2(1 - allowed)} (noise ${Math.round(allowed * 100)}%)`,
      c.noise > MAX_NOISE ? "noisy" : c.ratio >= 1 - allowed,
    );
  }
  return rows;
}
