// The app's pool (db/index.ts) bounds every statement: a query that would run
// for long is cancelled by PostgreSQL itself (statement_timeout), so no request
// can hold one of the pool's few connections.
import { expect, inject, it } from "vitest";
import { sql } from "drizzle-orm";

it("sets statement_timeout on the app's connections and cancels a statement that runs past it", async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.PG_STATEMENT_TIMEOUT_MS = "300";
  const { getDb } = await import("@/db");
  const db = await getDb();
  const shown = await db.execute<{ statement_timeout: string }>(sql`SHOW statement_timeout`);
  expect(shown.rows[0]?.statement_timeout).toBe("300ms");
  const started = Date.now();
  await expect(db.execute(sql`SELECT pg_sleep(5)`)).rejects.toMatchObject({ cause: expect.objectContaining({ code: "57014" }) });
  expect(Date.now() - started).toBeLessThan(4_000);
});
