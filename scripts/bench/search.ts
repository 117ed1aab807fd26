// Site search in the benchmark: the database time of the search page's one
// statement (its Execution Time under EXPLAIN (ANALYZE, TIMING OFF): ranking
// and snippets included, no network or driver), and beside it the time
// searchDocuments takes seen from this process, for a rare word (an article's
// number: only its title has it) and a common one (each corpus word is in
// most articles), p50/p95 over 100 queries each; and the search page's time
// through the server, median of 25 different queries (under the page's rate
// limit of 30 a minute per address).
import { createDb } from "@/db/client";
import { sql } from "drizzle-orm";
import { searchDocuments, searchStatement } from "@/db/queries/search";

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
  /** null when measured without a server (scripts/bench/search-scale.ts). */
  pageMedianMs: number | null;
};

const COMMON = { en: ["cluster", "innovation", "investment", "technology", "university"], ru: ["кластер", "инвестиции", "технология", "университет", "развитие"] };

const percentile = (values: number[], p: number) => {
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
    const pages: number[] = [];
    for (let i = 0; base && i < 25; i++) {
      const started = performance.now();
      const response = await fetch(`${base}/en/search?q=${encodeURIComponent(`${COMMON.en[i % 5]} ${COMMON.en[(i + 1) % 5]}`)}&page=${1 + (i % 3)}`);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`the search page answered ${response.status}`);
      pages.push(performance.now() - started);
    }
    return {
      rareDbP50Ms: percentile(rareDb, 50),
      rareDbP95Ms: percentile(rareDb, 95),
      commonDbP50Ms: percentile(commonDb, 50),
      commonDbP95Ms: percentile(commonDb, 95),
      rareP50Ms: percentile(rare, 50),
      rareP95Ms: percentile(rare, 95),
      commonP50Ms: percentile(common, 50),
      commonP95Ms: percentile(common, 95),
      pageMedianMs: pages.length ? percentile(pages, 50) : null,
    };
  } finally {
    await pool.end();
  }
}
