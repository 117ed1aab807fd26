// npx tsx scripts/bench/search-scale.ts [--articles N]
// Site search's database time at a large corpus without the rest of the
// benchmark (npm run bench -- --scale runs it too, with every other figure):
// seeds a scratch database with N articles per locale (default 100,000),
// prints how long indexing took, then the query figures of measureSearch.
import { parseArgs } from "node:util";
import { createDb } from "@/db/client";
import { listPartnerWall } from "@/db/queries/partners";
import { seedDemoContent } from "@/lib/seed/demo-content";
import { createTestDatabase } from "../../tests/support/test-database";
import { insertCorpus } from "./corpus";
import { measureSearch } from "./search";

const { values } = parseArgs({ options: { articles: { type: "string", default: "100000" } } });
const perLocale = Number(values.articles);
const database = await createTestDatabase("podium_searchscale");
try {
  const { db, pool } = createDb(database.url, { max: 2 });
  await seedDemoContent(db);
  const logo = (await listPartnerWall(db))[0]!.partners[0]!.logo!.url;
  const started = performance.now();
  await insertCorpus(db, perLocale, logo, (line) => console.log(line));
  const seconds = (performance.now() - started) / 1000;
  await pool.query("VACUUM ANALYZE");
  const size = (await pool.query("SELECT pg_size_pretty(pg_total_relation_size('search_documents')) AS docs, pg_size_pretty(pg_total_relation_size('search_words')) AS words, (SELECT count(*) FROM search_words) AS vocabulary")).rows[0];
  console.log(`${perLocale} articles per locale inserted and indexed in ${seconds.toFixed(0)} s; search_documents ${size.docs}, search_words ${size.words} (${size.vocabulary} words)`);
  await pool.end();
  // No server here: the page render figure needs one (npm run bench); only the query figures are printed.
  const figures = await measureSearch(database.url, null, perLocale);
  console.log(JSON.stringify(figures));
} finally {
  await database.drop();
}
