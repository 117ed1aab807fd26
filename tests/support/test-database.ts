// A fresh database on the test server (DATABASE_URL's, or the embedded one),
// migrated, and dropped when the run ends.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb } from "@/db/client";
import { resolveDatabaseUrl } from "@/db/connection-url";
import { runMigrations } from "@/db/migrate";
import { assertTestServerAllowed } from "./remote-database-guard";

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function onMaintenanceDb<T>(serverUrl: string, task: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabaseName(serverUrl, "postgres") });
  await client.connect();
  try {
    return await task(client);
  } finally {
    await client.end();
  }
}

export type TestDatabase = { url: string; name: string; drop: () => Promise<void> };

export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const serverUrl = await resolveDatabaseUrl();
  assertTestServerAllowed(serverUrl);
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await onMaintenanceDb(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = withDatabaseName(serverUrl, name);
  const { db, pool } = createDb(url, { max: 1 });
  try {
    await runMigrations(db);
  } finally {
    await pool.end();
  }
  return {
    url,
    name,
    drop: () => onMaintenanceDb(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
