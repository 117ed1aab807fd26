// Site search in the benchmark: the database time of the search page's one
// statement (its Execution Time under EXPLAIN (ANALYZE, TIMING OFF): ranking
// and snippets included, no network or driver), and beside it the time
// searchDocuments takes seen from this process, for a rare word (an article's
// number: only its title has it) and a common one (each corpus word is in
// most articles), p50/p95 over 100 queries each; and the search page through
// the server (measureSearchPage): different queries, rare and common, in both
// languages, each answer checked, paced under the page's rate limit.
import { createDb } from "@/db/client";
import { sql } from "drizzle-orm";
import { searchDocuments, searchStatement } from "@/db/queries/search";
import { SEARCHES_PER_WINDOW, WINDOW_MS } from "@/lib/search/rate-limit";
import { corpusWords } from "./corpus";

export type SearchFigures = {
  /** Database time (EXPLAIN ANALYZE): what the budgets are about. */
  rareDbP50Ms: number;
  rareDbP95Ms: number;
  commonDbP50Ms: number;
  commonDbP95Ms: number;
  /** Seen from the client: database time plus the loopback round trip and the driver. */
  rareP50Ms: number;
  rareP95Ms: number;
  commonP50Ms: number;
  commonP95Ms: number;
  /** Median of measureSearchPage's small run (6 queries of each group); null when measured without a server. */
  pageMedianMs: number | null;
};

const COMMON = { en: ["cluster", "innovation", "investment", "technology", "university"], ru: ["кластер", "инвестиции", "технология", "университет", "развитие"] };

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
};

export async function measureSearch(databaseUrl: string, base: string | null, articlesPerLocale: number): Promise<SearchFigures> {
  const { db, pool } = createDb(databaseUrl, { max: 1 });
  try {
    const dbTime = async (locale: "en" | "ru", query: string) => {
      const result = await db.execute<{ "QUERY PLAN": [{ "Execution Time": number }] }>(
        sql`EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${searchStatement(locale, query, { limit: 10, offset: 0 })}`,
      );
      return result.rows[0]!["QUERY PLAN"][0]["Execution Time"];
    };
    const time = async (locale: "en" | "ru", query: string) => {
      const started = performance.now();
      const result = await searchDocuments(db, locale, query, { limit: 10, offset: 0 });
      const ms = performance.now() - started;
      if (result.news.length === 0) throw new Error(`search for "${query}" (${locale}) found nothing: the corpus is not indexed`);
      return ms;
    };
    // Warm the connection and the plans.
    for (let i = 0; i < 5; i++) await time("en", "cluster");
    const rare: number[] = [];
    const common: number[] = [];
    const rareDb: number[] = [];
    const commonDb: number[] = [];
    for (let i = 0; i < 100; i++) {
      const locale = i % 2 ? "ru" : "en";
      // Titles end with the article's number; table cells hold numbers below 900.
      const number = 900 + ((i * 7919) % Math.max(1, articlesPerLocale - 900));
      const rareWord = String(Math.min(number, articlesPerLocale - 1));
      const commonWord = COMMON[locale][i % COMMON[locale].length]!;
      rare.push(await time(locale, rareWord));
      common.push(await time(locale, commonWord));
      rareDb.push(await dbTime(locale, rareWord));
      commonDb.push(await dbTime(locale, commonWord));
    }
    // 4 warm-up and 24 measured requests: one rate-limit window, no pause.
    const page = base ? await measureSearchPage(base, articlesPerLocale, { perGroup: 6 }) : null;
    return {
      rareDbP50Ms: percentile(rareDb, 50),
      rareDbP95Ms: percentile(rareDb, 95),
      commonDbP50Ms: percentile(commonDb, 50),
      commonDbP95Ms: percentile(commonDb, 95),
      rareP50Ms: percentile(rare, 50),
      rareP95Ms: percentile(rare, 95),
      commonP50Ms: percentile(common, 50),
      commonP95Ms: percentile(common, 95),
      pageMedianMs: page ? page.all.medianMs : null,
    };
  } finally {
    await pool.end();
  }
}

type PageGroupName = "rare en" | "rare ru" | "common en" | "common ru";
type PageStats = { requests: number; medianMs: number; p95Ms: number };

export type SearchPageFigures = {
  /** Each group's requests, and all of them together. */
  groups: Record<PageGroupName, PageStats>;
  all: PageStats;
  /** How long the run waited for the rate limit's windows to end. */
  pausedSeconds: number;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps this process (one client address to the server) under the search
 * page's limit of SEARCHES_PER_WINDOW a window: when a window's searches are
 * used up, it waits for the window to end, and meanwhile asks /api/health
 * every 10 s, as a load balancer would, so that the server's database pool
 * (idle connections close after 30 s) is as warm after the pause as before.
 * A 429 is never retried: the measurement fails.
 */
function rateLimitPacer(base: string) {
  let windowStartedAt = 0;
  let used = 0;
  let pausedMs = 0;
  return {
    async take() {
      if (used >= SEARCHES_PER_WINDOW) {
        // The server's window starts when its first search arrives, a little after ours was sent.
        const resumeAt = windowStartedAt + WINDOW_MS + 1000;
        const pauseStarted = Date.now();
        while (Date.now() < resumeAt) {
          await sleep(Math.min(10_000, resumeAt - Date.now()));
          await (await fetch(`${base}/api/health`)).arrayBuffer();
        }
        pausedMs += Date.now() - pauseStarted;
        used = 0;
      }
      if (used === 0) windowStartedAt = Date.now();
      used++;
    },
    pausedSeconds: () => Math.round(pausedMs / 1000),
  };
}

type PageQuery = { group: PageGroupName; locale: "en" | "ru"; q: string; page: number; expect: (html: string) => string | null };

/** The corpus articles a search page lists, by slug. */
const benchHits = (html: string, locale: "en" | "ru") => [...html.matchAll(new RegExp(`<a href="/${locale}/news/(bench-\\d+)"`, "g"))].map((m) => m[1]!);

/**
 * Query `i` of a group. Rare: an article's number, different for each i. From
 * 900 up only its title holds it (table cells are below 900, link targets are
 * not indexed), and the page must list that article and no other of the
 * corpus; in a corpus of under 1,000 (npm run bench's smallest) it must list
 * the article. Common: one corpus word, a different word for each of the
 * first 20, then the same words' second result page: a full page of corpus
 * articles, with the word marked.
 */
function pageQuery(group: PageGroupName, i: number, articlesPerLocale: number): PageQuery {
  const locale = group.endsWith("ru") ? "ru" : "en";
  if (group.startsWith("rare")) {
    // Stepping by a prime: distinct for each i below the span, spread over the corpus.
    const step = i * 7907 + (locale === "ru" ? 3 : 0);
    const n = articlesPerLocale >= 1000 ? 900 + (step % (articlesPerLocale - 900)) : step % articlesPerLocale;
    return {
      group,
      locale,
      q: String(n),
      page: 1,
      expect: (html) => {
        const hits = benchHits(html, locale);
        if (!hits.includes(`bench-${n}`)) return `bench-${n} is not listed (listed: ${hits.join(", ") || "none"})`;
        return n >= 900 && hits.length !== 1 ? `bench-${n} and ${hits.length - 1} other corpus articles are listed` : null;
      },
    };
  }
  const words = corpusWords[locale];
  const word = words[i % words.length]!;
  return {
    group,
    locale,
    q: word,
    page: 1 + Math.floor(i / words.length),
    expect: (html) => {
      const hits = benchHits(html, locale).length;
      return hits >= 10 && html.includes("<mark>") ? null : `${hits} corpus articles listed (10 expected), ${html.includes("<mark>") ? "" : "no word marked"}`;
    },
  };
}

/**
 * The search page through the running server: `perGroup` different queries in
 * each of four groups (rare and common, English and Russian), interleaved so
 * that the machine's ups and downs fall on all four alike, after one
 * unmeasured query of each. Each time is from the request to the last byte of
 * the answer; each answer must be a 200 with the expected results.
 */
export async function measureSearchPage(base: string, articlesPerLocale: number, { perGroup }: { perGroup: number }): Promise<SearchPageFigures> {
  const groups: PageGroupName[] = ["rare en", "rare ru", "common en", "common ru"];
  const pacer = rateLimitPacer(base);
  const request = async (query: PageQuery) => {
    await pacer.take();
    const url = `${base}/${query.locale}/search?q=${encodeURIComponent(query.q)}${query.page > 1 ? `&page=${query.page}` : ""}`;
    const started = performance.now();
    const response = await fetch(url);
    const html = await response.text();
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    const problem = query.expect(html);
    if (problem) throw new Error(`${url}: ${problem}`);
    return ms;
  };
  // Warm-up: queries past the measured ones (the first requests of a route load its code).
  for (const group of groups) await request(pageQuery(group, perGroup + 1, articlesPerLocale));
  const times: Record<PageGroupName, number[]> = { "rare en": [], "rare ru": [], "common en": [], "common ru": [] };
  for (let i = 0; i < perGroup; i++) {
    for (const group of groups) times[group].push(await request(pageQuery(group, i, articlesPerLocale)));
  }
  const stats = (values: number[]): PageStats => ({ requests: values.length, medianMs: percentile(values, 50), p95Ms: percentile(values, 95) });
  return {
    groups: Object.fromEntries(groups.map((g) => [g, stats(times[g])])) as Record<PageGroupName, PageStats>,
    all: stats(groups.flatMap((g) => times[g])),
    pausedSeconds: pacer.pausedSeconds(),
  };
}
