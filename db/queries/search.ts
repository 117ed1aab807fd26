// Site search on PostgreSQL full-text search (table search_documents, kept by
// the triggers of migration 0003_search). The visitor's words go through
// websearch_to_tsquery, which accepts any text (quotes, "or", a leading "-")
// and never raises a syntax error; ё is read as е on both sides.
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import type { Locale } from "./types";

type SearchKind = "news" | "page" | "partner" | "session" | "person";

export type SearchHit = {
  kind: SearchKind;
  title: string;
  path: string;
  /** Text with the matched words between SNIPPET_START and SNIPPET_END. */
  snippet: string;
  sortAt: Date;
};

/** Markers ts_headline puts around matched words: private-use characters no text contains, rendered as <mark>. */
export const SNIPPET_START = "\uE000";
export const SNIPPET_END = "\uE001";

/**
 * At most this many of the newest matching documents are ranked: a common word
 * matches most of the table, and ranking all of it grows with the table (at
 * 100,000 articles per locale, ranking 2,000 took 35 ms, 500 about 6 ms; at
 * 1,000 per locale, 500 made the planner read the whole locale, 12 ms, where
 * 200 are read newest first from the index, 3 ms).
 */
const RANKED_CANDIDATES = 200;

/** Control characters mean nothing to a search, and PostgreSQL text cannot hold NUL. */
const withoutControls = (text: string) => text.replace(/[\u0000-\u001F\u007F]/g, " ");

const config = (locale: Locale) => (locale === "ru" ? sql`'russian'::regconfig` : sql`'english'::regconfig`);
const normalised = (text: string) => sql`translate(${withoutControls(text)}, 'ёЁ', 'еЕ')`;

export type SearchPage = {
  /** Matching news articles, best first, for the page asked for; and how many matched (up to RANKED_CANDIDATES). */
  news: SearchHit[];
  newsTotal: number;
  /** Event pages, partners, programme sessions and speakers: up to the page size of each, on the first page. */
  others: SearchHit[];
};

export async function searchDocuments(
  db: Database,
  locale: Locale,
  query: string,
  { limit, offset }: { limit: number; offset: number },
): Promise<SearchPage> {
  const result = await db.execute<SearchRow>(searchStatement(locale, query, { limit, offset }));
  const rows = result.rows;
  const toHit = (r: SearchRow): SearchHit => ({ kind: r.kind, title: r.title, path: r.path, snippet: r.body, sortAt: new Date(r.sort_at) });
  const newsRows = rows.filter((r) => r.kind === "news");
  return {
    news: newsRows.map(toHit),
    newsTotal: newsRows[0]?.total ?? (offset > 0 ? await countNews(db, locale, query) : 0),
    others: rows.filter((r) => r.kind !== "news").map(toHit),
  };
}

type SearchRow = { kind: SearchKind; title: string; path: string; body: string; sort_at: Date; total: number; rank_in_kind: number };

/** The one statement a search page runs (exported for npm run bench, which times it with EXPLAIN ANALYZE). */
export function searchStatement(locale: Locale, query: string, { limit, offset }: { limit: number; offset: number }) {
  // The tsquery is written out at each use, not joined from a CTE: as an
  // expression of the query's own values the planner folds it to a constant
  // and can estimate how many documents match, so a common word reads the
  // newest documents in sort_at order and stops at RANKED_CANDIDATES (an index
  // scan), and a rare one goes through the GIN index.
  const tsquery = sql`websearch_to_tsquery(${config(locale)}, ${normalised(query)})`;
  return sql`
    WITH candidates AS (
      SELECT d.id, d.kind, d.sort_at, ts_rank_cd(d.tsv, ${tsquery}, 1) AS rank
      FROM (
        SELECT d.id, d.kind, d.sort_at, d.tsv FROM search_documents d
        WHERE d.locale = ${locale} AND d.tsv @@ ${tsquery} AND (d.visible_from IS NULL OR d.visible_from <= now())
        -- NULLS LAST as in search_documents_locale_sort_idx, or the index cannot give the order.
        ORDER BY d.sort_at DESC NULLS LAST
        LIMIT ${RANKED_CANDIDATES}
      ) d
    ),
    ranked AS (
      SELECT *, count(*) OVER (PARTITION BY kind) AS total,
             row_number() OVER (PARTITION BY kind ORDER BY rank DESC, sort_at DESC) AS rank_in_kind
      FROM candidates
    ),
    shown AS (
      SELECT * FROM ranked
      WHERE (kind = 'news' AND rank_in_kind > ${offset} AND rank_in_kind <= ${offset + limit})
         OR (kind <> 'news' AND ${offset} = 0 AND rank_in_kind <= ${limit})
    )
    -- Text and snippets only for the rows shown: ts_headline re-parses the whole body.
    SELECT s.kind, d.title, d.path, s.sort_at, s.total::int AS total, s.rank_in_kind::int AS rank_in_kind,
           ts_headline(${config(locale)}, ${normalisedColumn("d.body")}, ${tsquery},
             'StartSel=${sql.raw(SNIPPET_START)}, StopSel=${sql.raw(SNIPPET_END)}, MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=" … "') AS body
    FROM shown s JOIN search_documents d ON d.id = s.id
    ORDER BY s.kind, s.rank_in_kind
  `;
}

/**
 * ts_headline re-parses the text it is given: its cost grows with the body (10
 * bodies of 6-12 KB took 9 ms at 100,000 articles). Snippets come from the
 * first SNIPPET_SOURCE_CHARS characters, where a news article says what it is
 * about; a match deeper down still ranks the article, its snippet is its start.
 */
const SNIPPET_SOURCE_CHARS = 3000;

function normalisedColumn(column: string) {
  return sql.raw(`left(translate(${column}, 'ёЁ', 'еЕ'), ${SNIPPET_SOURCE_CHARS})`);
}

/** How many news documents match (capped), for a page past the last one. */
async function countNews(db: Database, locale: Locale, query: string): Promise<number> {
  const result = await db.execute<{ total: number }>(sql`
    SELECT count(*)::int AS total FROM (
      SELECT 1 FROM search_documents d
      WHERE d.locale = ${locale} AND d.kind = 'news' AND d.tsv @@ websearch_to_tsquery(${config(locale)}, ${normalised(query)})
        AND (d.visible_from IS NULL OR d.visible_from <= now())
      LIMIT ${RANKED_CANDIDATES}
    ) m
  `);
  return result.rows[0]?.total ?? 0;
}

/**
 * "Did you mean": each word of the query replaced by the most similar known
 * word (pg_trgm), where one is similar enough; null when no word changed.
 */
export async function suggestQuery(db: Database, query: string): Promise<string | null> {
  const words = withoutControls(query).match(/[\p{L}\p{N}]{3,40}/gu)?.slice(0, 6) ?? [];
  if (words.length === 0) return null;
  let changed = false;
  const replaced: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase().replace(/ё/g, "е");
    const result = await db.execute<{ word: string }>(sql`
      SELECT word FROM search_words
      WHERE word % ${lower}
      ORDER BY similarity(word, ${lower}) DESC, word
      LIMIT 1
    `);
    const best = result.rows[0]?.word;
    if (best && best !== lower) {
      changed = true;
      // Keep the visitor's capital: «Мосва» → «Москва».
      replaced.push(word[0] === word[0]!.toUpperCase() ? best[0]!.toUpperCase() + best.slice(1) : best);
    } else replaced.push(word);
  }
  return changed ? replaced.join(" ") : null;
}

/** The database's character type (datctype): full-text search and lower() need a UTF-8 one for Cyrillic. */
export async function databaseCharacterType(db: Database): Promise<{ ctype: string; encoding: string }> {
  const result = await db.execute<{ ctype: string; encoding: string }>(sql`
    SELECT datctype AS ctype, pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = current_database()
  `);
  return result.rows[0]!;
}
