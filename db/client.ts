// A pg Pool with drizzle over it. Used by the app (through db/index.ts) and by
// scripts and tests, which create their own for the database they work on.
import { drizzle, type NodePgQueryResultHKT } from "drizzle-orm/node-postgres";
import type { PgDatabase } from "drizzle-orm/pg-core";
import pg from "pg";
import * as schema from "./schema";

/**
 * What every query function takes: the pool's handle, or a transaction opened
 * on it with inTransaction (./transaction.ts). drizzle gives the two different
 * classes that answer the same queries; this is their common base class, so a
 * query helper runs inside a caller's transaction with no cast.
 */
export type Database = PgDatabase<NodePgQueryResultHKT, typeof schema>;

export type DbOptions = {
  max?: number;
  /**
   * PostgreSQL's statement_timeout for every connection of the pool. The app
   * sets one (db/index.ts) so that no request can hold a connection for long
   * whatever it asks; scripts (seed, migrations, bench corpora) run without.
   */
  statementTimeoutMs?: number;
};

export function createDb(url: string, options: DbOptions = {}): { db: Database; pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? Number(process.env.PG_POOL_MAX ?? 10),
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  // An idle client losing its connection (server restart) must not crash the process.
  pool.on("error", (error) => console.error("PostgreSQL pool error:", error.message));
  return { db: drizzle(pool, { schema }), pool };
}
