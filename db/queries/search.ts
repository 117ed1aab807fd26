// Site search on PostgreSQL full-text search (table search_documents, kept by
// the triggers of migration 0003_search). The visitor's words go through
// websearch_to_tsquery, which accepts any text (quotes, "or", a leading "-")
// and never raises a syntax error; ё is read as е on both sides.
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import type { Locale } from "./types";

export type SearchKind = "news" | "page" | "partner";

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
 * matches most of the table, and ranking all of it grows with the table.
 */
export const RANKED_CANDIDATES = 2000;

/** Control characters mean nothing to a search, and PostgreSQL text cannot hold NUL. */
const withoutControls = (text: string) => text.replace(/[\u0000-\u001F\u007F]/g, " ");

const config = (locale: Locale) => (locale === "ru" ? sql`'russian'::regconfig` : sql`'english'::regconfig`);
const normalised = (text: string) => sql`translate(${withoutControls(text)}, 'ёЁ', 'еЕ')`;

export type SearchPage = {
  /** Matching news articles, best first, for the page asked for; and how many matched (up to RANKED_CANDIDATES). */
  news: SearchHit[];
  newsTotal: number;
  /** Event pages and partners: few, all shown on the first page. */
  others: SearchHit[];
};

export async function searchDocuments(
  db: Database,
  locale: Locale,
  query: string,
  { limit, offset }: { limit: number; offset: number },
): Promise<SearchPage> {
  const tsquery = sql`websearch_to_tsquery(${config(locale)}, ${normalised(query)})`;
  const result = await db.execute<{ kind: SearchKind; title: string; path: string; body: string; sort_at: Date; total: number; rank_in_kind: number }>(sql`
    WITH q AS (SELECT ${tsquery} AS query),
    candidates AS (
      SELECT d.kind, d.title, d.path, d.body, d.sort_at, ts_rank_cd(d.tsv, q.query, 1) AS rank
      FROM (
        SELECT * FROM search_documents d, q
        WHERE d.locale = ${locale} AND d.tsv @@ q.query AND (d.visible_from IS NULL OR d.visible_from <= now())
        ORDER BY d.sort_at DESC
        LIMIT ${RANKED_CANDIDATES}
      ) d, q
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
    -- Snippets only for the rows shown: ts_headline re-parses the whole text.
    SELECT s.kind, s.title, s.path, s.sort_at, s.total::int AS total, s.rank_in_kind::int AS rank_in_kind,
           ts_headline(${config(locale)}, ${normalisedColumn("s.body")}, q.query,
             'StartSel=${sql.raw(SNIPPET_START)}, StopSel=${sql.raw(SNIPPET_END)}, MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=" … "') AS body
    FROM shown s, q
    ORDER BY s.kind, s.rank_in_kind
  `);
  const rows = result.rows;
  const toHit = (r: (typeof rows)[number]): SearchHit => ({ kind: r.kind, title: r.title, path: r.path, snippet: r.body, sortAt: new Date(r.sort_at) });
  const newsRows = rows.filter((r) => r.kind === "news");
  return {
    news: newsRows.map(toHit),
    newsTotal: newsRows[0]?.total ?? (offset > 0 ? await countNews(db, locale, query) : 0),
    others: rows.filter((r) => r.kind !== "news").map(toHit),
  };
}

function normalisedColumn(column: string) {
  return sql.raw(`translate(${column}, 'ёЁ', 'еЕ')`);
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
