// Site search in the benchmark: database time of searchDocuments (the query
// and its snippets, timed from this process over a loopback connection, so a
// little above the server's own time) for a rare word (an article's number:
// only its title has it) and a common one (each corpus word is in most
// articles), p50/p95 over 100 queries each; and the search page's render time
// through the server, median of 25 different queries (under the page's rate
// limit of 30 a minute per address).
import { createDb } from "@/db/client";
import { searchDocuments } from "@/db/queries/search";

export type SearchFigures = {
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
    for (let i = 0; i < 100; i++) {
      const locale = i % 2 ? "ru" : "en";
      // Titles end with the article's number; table cells hold numbers below 900.
      const number = 900 + ((i * 7919) % Math.max(1, articlesPerLocale - 900));
      rare.push(await time(locale, String(Math.min(number, articlesPerLocale - 1))));
      common.push(await time(locale, COMMON[locale][i % COMMON[locale].length]!));
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
