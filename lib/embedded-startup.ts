// First start without DATABASE_URL: run the embedded PostgreSQL, bring its
// schema up to date, and load the demo forum into an empty database.
import { createDb } from "@/db/client";
import { ensureEmbeddedServer } from "@/db/embedded";
import { runMigrations } from "@/db/migrate";
import { countArticles } from "@/db/queries/seed";
import { seedDemoContent } from "@/lib/seed/demo-content";

const log = (line: string) => console.log(`[podium] ${line}`);

export async function prepareEmbeddedDatabase(): Promise<string> {
  const server = await ensureEmbeddedServer(log);
  const { db, pool } = createDb(server.url, { max: 2 });
  try {
    await runMigrations(db);
    if ((await countArticles(db)) === 0) {
      log("Empty database: loading the demo forum …");
      const report = await seedDemoContent(db);
      log(`Demo content loaded: ${report.articlesAdded} articles, ${report.partnersAdded} partners.`);
    }
  } finally {
    await pool.end();
  }
  return server.url;
}
