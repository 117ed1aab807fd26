// A generated news corpus for benchmarks: N articles per locale with realistic
// 3–8 KB MDX bodies (headings, lists, links, a table and an image), inserted in
// batches and indexed for site search in bulk (insertCorpus), the newest with
// the compiled markup a save stores. Deterministic for a given N.
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { compiledBodyColumns, type CompiledBody } from "@/db/compiled-body";
import { inTransaction } from "@/db/transaction";
import { newsArticles } from "@/db/schema";
import { compileMdxToHtml, storedHtml } from "@/lib/mdx/compiled";

/** The words the corpus is written in: each is in most articles (a common word for search). */
export const corpusWords = {
  en: "cluster region innovation investment enterprise technology cooperation industry university venture export engineering infrastructure policy partnership competence market strategy development program".split(" "),
  ru: "кластер регион инновации инвестиции предприятие технология кооперация промышленность университет венчур экспорт инжиниринг инфраструктура политика партнёрство компетенции рынок стратегия развитие программа".split(" "),
} as const;

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

function sentence(locale: "en" | "ru", next: () => number, length: number): string {
  const list = corpusWords[locale];
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(list[Math.floor(next() * list.length)]!);
  const text = out.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1) + ".";
}

function paragraph(locale: "en" | "ru", next: () => number): string {
  const count = 3 + Math.floor(next() * 4);
  return Array.from({ length: count }, () => sentence(locale, next, 8 + Math.floor(next() * 10))).join(" ");
}

/** An MDX body of roughly 3–8 KB. */
export function corpusBody(locale: "en" | "ru", index: number, imageUrl: string): string {
  const next = rng(index * 7919 + (locale === "ru" ? 1 : 0));
  const target = 3000 + Math.floor(next() * 5000);
  const parts: string[] = [paragraph(locale, next), paragraph(locale, next)];
  parts.push(`## ${sentence(locale, next, 4).slice(0, -1)}`);
  parts.push(
    Array.from({ length: 4 }, (_, i) => `- ${sentence(locale, next, 6)} [${locale === "ru" ? "Подробнее" : "More"} ${i + 1}](https://forum.example/${locale}/${index}/${i})`).join("\n"),
  );
  parts.push(`![${sentence(locale, next, 3)}](${imageUrl})`);
  parts.push(
    `| ${locale === "ru" ? "Показатель" : "Figure"} | 2011 | 2012 |\n| --- | ---: | ---: |\n` +
      Array.from({ length: 5 }, () => `| ${sentence(locale, next, 2).slice(0, -1)} | ${Math.floor(next() * 900)} | ${Math.floor(next() * 900)} |`).join("\n"),
  );
  parts.push(`### ${sentence(locale, next, 3).slice(0, -1)}`);
  while (parts.join("\n\n").length < target) parts.push(paragraph(locale, next));
  parts.push(`1. ${sentence(locale, next, 5)}\n2. ${sentence(locale, next, 5)}\n3. ${sentence(locale, next, 5)}`);
  return parts.join("\n\n");
}

/**
 * Rows per INSERT: large enough that a round trip carries a few MB of bodies,
 * small enough for one statement's parameters (12 columns × 1,000 < 65,535).
 */
const BATCH = 1000;

/**
 * Up to this many articles per locale, insertCorpus stores every article's
 * compiled markup (news_articles.compiled_body), as saving it through the admin
 * would; above it, none unless the caller names which (option `compiled`). A
 * corpus body compiles in 3-4 ms on a quiet machine (3-4 times that on a busy
 * one): 1,000 per locale add 7 s to seeding (1.8 s without), 5,000 about half a
 * minute, and 100,000 would add ten minutes or more for nothing: search, feeds
 * and sitemaps never read the markup, and an article without it still renders (it
 * compiles on its first visit, as an article imported without a save does).
 */
export const COMPILED_UP_TO = 5000;

/** A corpus body's markup as the save path makes it (lib/mdx/compiled.ts); the corpus must compile. */
async function corpusHtml(body: string): Promise<CompiledBody> {
  const compiled = await compileMdxToHtml(body);
  if (!compiled.ok) throw new Error(`a corpus body does not compile: ${JSON.stringify(compiled.problems[0])}`);
  return storedHtml(compiled);
}

/** Article `index` of the corpus in `locale`, as inserted (deterministic). */
export function corpusArticle(locale: "en" | "ru", index: number, imageUrl: string) {
  const next = rng(index + 1);
  const publishedAt = new Date(Date.parse("2012-01-01T00:00:00Z") - index * 3_600_000);
  return {
    locale,
    slug: `bench-${index}`,
    title: `${sentence(locale, next, 6).slice(0, -1)} ${index}`,
    lede: sentence(locale, next, 22),
    body: corpusBody(locale, index, imageUrl),
    status: "published" as const,
    publishedAt,
    createdAt: publishedAt,
    updatedAt: publishedAt,
    author: "Bench",
  };
}

/**
 * Inserts `perLocale` published articles per locale, dated one hour apart going
 * back from 2012-01-01, and indexes them for site search as the app's own save
 * path does (the trigger search_sync_news of migration 0003_search).
 *
 * Minutes at 100,000 per locale, not the ~18 of one trigger run per row: the
 * trigger is off while the articles go in (both locales at once, on two
 * connections), then search_documents and search_words are filled by one
 * INSERT … SELECT per locale each, from the same functions and expressions as
 * the trigger (search_plain_text, the generated tsv column, search_add_words'
 * word rule), with the GIN index built once afterwards instead of grown row by
 * row. That this yields the trigger's rows is tested
 * (tests/int/bench-corpus.int.test.ts compares every row both ways), and
 * checked on each run: checkCorpusIndex re-indexes a sample through the
 * trigger and compares.
 */
export async function insertCorpus(
  db: Database,
  perLocale: number,
  imageUrl: string,
  log: (line: string) => void = () => {},
  /**
   * compiled: which articles (by index, in both locales) get their compiled
   * markup; by default all of them up to COMPILED_UP_TO per locale, none above.
   * The bench names the ones it renders; `() => false` measures first visits
   * that compile (scripts/bench/miss-profile.ts --no-stored-code).
   */
  { compiled = () => perLocale <= COMPILED_UP_TO }: { compiled?: (index: number) => boolean } = {},
) {
  const after = await lastArticleId(db);
  const started = performance.now();
  await setSearchTrigger(db, false);
  try {
    await Promise.all((["en", "ru"] as const).map((locale) => insertArticles(db, locale, perLocale, imageUrl, compiled, log)));
  } finally {
    await setSearchTrigger(db, true);
  }
  log(`  articles inserted in ${seconds(started)} s`);
  await indexArticlesAfter(db, after, log);
  await checkCorpusIndex(db, after);
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(0);

async function lastArticleId(db: Database): Promise<number> {
  const result = await db.execute<{ last: number }>(sql`SELECT coalesce(max(id), 0)::int AS last FROM news_articles`);
  return result.rows[0]!.last;
}

/** The trigger that indexes each saved article (migration 0003_search); off only while the corpus goes in. */
async function setSearchTrigger(db: Database, enabled: boolean) {
  await db.execute(sql.raw(`ALTER TABLE news_articles ${enabled ? "ENABLE" : "DISABLE"} TRIGGER news_articles_search`));
}

async function insertArticles(
  db: Database,
  locale: "en" | "ru",
  perLocale: number,
  imageUrl: string,
  compiled: (index: number) => boolean,
  log: (line: string) => void,
) {
  for (let from = 0; from < perLocale; from += BATCH) {
    const rows = [];
    for (let i = from; i < Math.min(perLocale, from + BATCH); i++) {
      const article = corpusArticle(locale, i, imageUrl);
      rows.push({ ...article, ...compiledBodyColumns(compiled(i) ? await corpusHtml(article.body) : null) });
    }
    await db.insert(newsArticles).values(rows).onConflictDoNothing();
    if ((from / BATCH) % 20 === 0) log(`  ${locale}: ${Math.min(perLocale, from + BATCH)}/${perLocale}`);
  }
}

/**
 * What search_sync_news does for each published article with an id above
 * `after`, one statement per locale: its search document (tsv is generated
 * from title and body, as for any row), then the words of its title, lede and
 * body for "did you mean", by search_add_words' rule.
 */
async function indexArticlesAfter(db: Database, after: number, log: (line: string) => void) {
  let started = performance.now();
  // Adding 200,000 documents to a GIN index one by one took most of the fill;
  // built once from the table, the same index (same definition) takes a second.
  const gin = await db.execute<{ definition: string }>(sql`SELECT pg_get_indexdef('search_documents_tsv_idx'::regclass) AS definition`);
  await db.execute(sql`DROP INDEX search_documents_tsv_idx`);
  try {
    await Promise.all(
      (["en", "ru"] as const).map((locale) =>
        db.execute(sql`
          INSERT INTO search_documents (kind, ref, locale, title, body, path, visible_from, sort_at)
          SELECT 'news', a.id::text, a.locale, a.title, search_plain_text(a.lede || E'\n' || a.body),
                 '/' || a.locale || '/news/' || a.slug, a.published_at, a.published_at
          FROM news_articles a
          WHERE a.id > ${after} AND a.locale = ${locale} AND a.status = 'published' AND a.published_at IS NOT NULL
        `),
      ),
    );
  } finally {
    await inTransaction(db, async (tx) => {
      await tx.execute(sql`SET LOCAL maintenance_work_mem = '256MB'`);
      await tx.execute(sql.raw(gin.rows[0]!.definition));
    });
  }
  log(`  search_documents filled in ${seconds(started)} s`);
  started = performance.now();
  // The word rule is applied after DISTINCT (a third faster than filtering
  // each of the ~1,000 words an article splits into; the same set). Both
  // statements insert in one order (ORDER BY, after the whole split): when
  // both hold a word, one waits at the first shared word for the other's
  // commit, never the other way round, so they cannot deadlock.
  await Promise.all(
    (["en", "ru"] as const).map((locale) =>
      db.execute(sql`
        INSERT INTO search_words (word)
        SELECT w FROM (
          SELECT DISTINCT w
          FROM news_articles a, regexp_split_to_table(lower(translate(a.title || ' ' || a.lede || ' ' || a.body, 'ёЁ', 'еЕ')), '[^[:alnum:]]+') AS w
          WHERE a.id > ${after} AND a.locale = ${locale} AND a.status = 'published' AND a.published_at IS NOT NULL
          OFFSET 0 -- keeps the filter below out of the split
        ) split
        WHERE length(w) BETWEEN 3 AND 40 AND w !~ '^[0-9]+$'
        ORDER BY w
        ON CONFLICT DO NOTHING
      `),
    ),
  );
  log(`  search_words filled in ${seconds(started)} s`);
}

/** Thrown to roll back checkCorpusIndex's transaction once it has compared; carries what it found. */
class Compared extends Error {
  constructor(readonly problem: string | null) {
    super("compared");
  }
}

/**
 * Re-indexes `samples` articles (ids above `after`, spread over them) through
 * the app's own trigger, inside a transaction that is rolled back, and throws
 * unless their search documents come out as the bulk fill left them and the
 * trigger finds no word of theirs missing from search_words.
 */
export async function checkCorpusIndex(db: Database, after: number, samples = 10): Promise<void> {
  // A PostgreSQL array literal as one parameter (drizzle would spread a JS array into a list).
  const idArray = (ids: number[]) => sql`${`{${ids.join(",")}}`}::int[]`;
  const documents = async (tx: Database, ids: number[]) =>
    (
      await tx.execute<{ row: string }>(sql`
        SELECT json_build_object('ref', ref, 'locale', locale, 'title', title, 'body', body, 'path', path,
                                 'visible_from', visible_from, 'sort_at', sort_at, 'tsv', tsv::text)::text AS row
        FROM search_documents WHERE kind = 'news' AND ref = ANY (${idArray(ids)}::text[]) ORDER BY ref
      `)
    ).rows.map((r) => r.row);
  const wordCount = async (tx: Database) => (await tx.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM search_words`)).rows[0]!.n;
  try {
    await inTransaction(db, async (tx) => {
      const ids = (
        await tx.execute<{ id: number }>(sql`
          SELECT min(id)::int AS id
          FROM (SELECT id, ntile(${samples}) OVER (ORDER BY id) AS part FROM news_articles WHERE id > ${after} AND status = 'published') t
          GROUP BY part ORDER BY 1
        `)
      ).rows.map((r) => r.id);
      const bulk = await documents(tx, ids);
      const wordsBefore = await wordCount(tx);
      // What the app does on any save of these rows: the trigger deletes their documents and indexes them anew.
      await tx.execute(sql`UPDATE news_articles SET id = id WHERE id = ANY (${idArray(ids)})`);
      const trigger = await documents(tx, ids);
      const wordsAfter = await wordCount(tx);
      const differing = bulk.findIndex((row, i) => row !== trigger[i]);
      if (bulk.length !== ids.length) throw new Compared(`${ids.length - bulk.length} of ${ids.length} sampled articles have no search document`);
      if (trigger.length !== ids.length || differing >= 0) throw new Compared(`a bulk search document differs from the trigger's:\n${bulk[differing]}\n${trigger[differing]}`);
      if (wordsAfter !== wordsBefore) throw new Compared(`the trigger added ${wordsAfter - wordsBefore} words to search_words that the bulk fill missed`);
      throw new Compared(null);
    });
  } catch (error) {
    if (!(error instanceof Compared)) throw error;
    if (error.problem) throw new Error(`corpus index check: ${error.problem}`);
  }
}
