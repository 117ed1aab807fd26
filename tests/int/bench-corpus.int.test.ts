// The bench corpus's bulk search indexing (scripts/bench/corpus.ts) against
// the app's own: the same articles indexed once by insertCorpus's INSERT …
// SELECTs and once by the trigger search_sync_news (each article saved again),
// and every search document and every "did you mean" word compared.
//
// A database of its own: insertCorpus switches the articles' search trigger
// off while it inserts, which no other file's articles should go through.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Database } from "@/db/client";
import { compileMdxToHtml, MDX_COMPILER, storedHtml } from "@/lib/mdx/compiled";
import { checkCorpusIndex, corpusArticle, insertCorpus } from "../../scripts/bench/corpus";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const PER_LOCALE = 60;
const IMAGE = "/media/bench-logo.png";

let database: TestDatabase;
let db: Database;
let close: () => Promise<void>;

/** Every news document (without its serial id; ref is the article's id, the same both ways) and every known word. */
async function searchIndex(d: Database) {
  const documents = await d.execute<{ row: string }>(sql`
    SELECT json_build_object('kind', kind, 'ref', ref, 'locale', locale, 'title', title, 'body', body, 'path', path,
                             'visible_from', visible_from, 'sort_at', sort_at, 'tsv', tsv::text)::text AS row
    FROM search_documents WHERE kind = 'news' ORDER BY ref::int
  `);
  const words = await d.execute<{ word: string }>(sql`SELECT word FROM search_words ORDER BY word`);
  return { documents: documents.rows.map((r) => r.row), words: words.rows.map((r) => r.word) };
}

beforeAll(async () => {
  database = await createTestDatabase("podium_benchcorpus");
  const created = createDb(database.url, { max: 2 });
  db = created.db;
  close = () => created.pool.end();
  await insertCorpus(db, PER_LOCALE, IMAGE);
});

afterAll(async () => {
  await close?.();
  await database?.drop();
});

describe("insertCorpus", () => {
  it("inserts the corpus's articles as generated (bodies of 3–8 KB and a little more), and leaves the search trigger on", async () => {
    const rows = await db.execute<{ locale: "en" | "ru"; slug: string; title: string; body: string }>(
      sql`SELECT locale, slug, title, body FROM news_articles ORDER BY locale, id`,
    );
    expect(rows.rows).toHaveLength(2 * PER_LOCALE);
    const ru7 = rows.rows.find((r) => r.locale === "ru" && r.slug === "bench-7")!;
    const expected = corpusArticle("ru", 7, IMAGE);
    expect({ title: ru7.title, body: ru7.body }).toEqual({ title: expected.title, body: expected.body });
    // corpusBody grows a body to a target of 3,000–8,000 characters, then ends it with a list: a little past 8,000 at most.
    for (const row of rows.rows) {
      expect(row.body.length).toBeGreaterThanOrEqual(3000);
      expect(row.body.length).toBeLessThanOrEqual(9000);
    }
    const trigger = await db.execute<{ enabled: string }>(sql`SELECT tgenabled AS enabled FROM pg_trigger WHERE tgname = 'news_articles_search'`);
    expect(trigger.rows).toEqual([{ enabled: "O" }]);
  });

  it("stores each article's compiled markup as a save does (a corpus of a few thousand per locale or fewer: all of them)", async () => {
    const rows = await db.execute<{ locale: "en" | "ru"; body: string; html: string | null; compiled_with: string | null }>(
      sql`SELECT locale, body, compiled_body AS html, compiled_with FROM news_articles ORDER BY id`,
    );
    for (const row of rows.rows) expect({ html: row.html, compiledWith: row.compiled_with }).toEqual(storedHtml(await compileMdxToHtml(row.body)));
    expect(rows.rows.every((r) => r.compiled_with === MDX_COMPILER)).toBe(true);
  });

  it("stores markup only for the articles the caller names (bench.ts above COMPILED_UP_TO; none for search-scale)", async () => {
    const other = await createTestDatabase("podium_benchcorpus_some");
    const { db: some, pool } = createDb(other.url, { max: 2 });
    try {
      await insertCorpus(some, 5, IMAGE, () => {}, { compiled: (i) => i === 3 });
      const rows = await some.execute<{ slug: string; with: string | null }>(sql`SELECT slug, compiled_with AS with FROM news_articles WHERE compiled_body IS NOT NULL ORDER BY slug`);
      expect(rows.rows).toEqual([
        { slug: "bench-3", with: MDX_COMPILER },
        { slug: "bench-3", with: MDX_COMPILER },
      ]);
    } finally {
      await pool.end();
      await other.drop();
    }
  });

  it("indexes every article exactly as the app's trigger does: every document and every word the same", async () => {
    const bulk = await searchIndex(db);
    expect(bulk.documents).toHaveLength(2 * PER_LOCALE);
    expect(bulk.words.length).toBeGreaterThan(20);
    // The app's way: empty the index, then save every article again (the trigger indexes each).
    await db.execute(sql`DELETE FROM search_documents WHERE kind = 'news'`);
    await db.execute(sql`DELETE FROM search_words`);
    await db.execute(sql`UPDATE news_articles SET id = id`);
    const app = await searchIndex(db);
    expect(app.documents).toEqual(bulk.documents);
    expect(app.words).toEqual(bulk.words);
  });

  it("its per-run check passes on a correct index and throws on one that differs from the trigger's", async () => {
    await expect(checkCorpusIndex(db, 0)).resolves.toBeUndefined();
    await db.execute(sql`UPDATE search_documents SET body = body || ' tampered' WHERE kind = 'news'`);
    await expect(checkCorpusIndex(db, 0)).rejects.toThrow(/differs from the trigger's/);
    // Put back as the trigger writes them, for the next check.
    await db.execute(sql`UPDATE news_articles SET id = id`);
    await db.execute(sql`DELETE FROM search_words WHERE word = 'cluster'`);
    await expect(checkCorpusIndex(db, 0)).rejects.toThrow(/added 1 words/);
  });
});
