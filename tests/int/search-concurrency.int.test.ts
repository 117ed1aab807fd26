// The programme's search documents are rebuilt by a statement trigger in the
// transaction of each change (migration 0005). Two changes at once (a partner
// deleted, which clears people's partner link, while a session is saved) ran
// two rebuilds that inserted the same keys, and the second failed on the
// unique key, undoing its save (seen in CI). Migration 0006 serialises them.
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import pg from "pg";
import { createDb } from "@/db/client";
import { seedDemoContent } from "@/lib/seed/demo-content";

const url = inject("databaseUrl");
let first: pg.Client;
let second: pg.Client;

beforeAll(async () => {
  const { db, pool } = createDb(url, { max: 1 });
  await seedDemoContent(db);
  await pool.end();
  first = new pg.Client({ connectionString: url });
  second = new pg.Client({ connectionString: url });
  await Promise.all([first.connect(), second.connect()]);
});

afterAll(async () => {
  await Promise.all([first.end(), second.end()]);
});

it("two transactions rebuilding the programme's search documents at once both commit", async () => {
  await first.query("BEGIN");
  await first.query("SELECT search_sync_program()");
  await second.query("BEGIN");
  // Waits for the first transaction (its lock, or its rows), then must succeed.
  const waiting = second.query("SELECT search_sync_program()");
  await new Promise((resolve) => setTimeout(resolve, 300));
  await first.query("COMMIT");
  await expect(waiting).resolves.toBeTruthy();
  await second.query("COMMIT");
  const { rows } = await second.query<{ n: number }>("SELECT count(*)::int AS n FROM search_documents WHERE kind = 'session'");
  expect(rows[0]!.n).toBeGreaterThan(0);
});
