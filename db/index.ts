import "server-only";
// The app's one pool. Created on first use, so `next build` (which renders no
// page that needs data) never connects.
import { createDb, type Database } from "./client";
import { resolveDatabaseUrl } from "./connection-url";

let database: Promise<Database> | undefined;

/**
 * No statement of the app runs longer than this (PG_STATEMENT_TIMEOUT_MS, default
 * 10 s; the slowest measured, a common-word search over 200,000 articles, takes
 * tens of milliseconds): a pathological query fails with an error the page
 * handles instead of holding one of the pool's few connections.
 */
const statementTimeoutMs = Number(process.env.PG_STATEMENT_TIMEOUT_MS ?? 10_000);

export function getDb(): Promise<Database> {
  database ??= resolveDatabaseUrl().then((url) => createDb(url, { statementTimeoutMs }).db);
  return database;
}
