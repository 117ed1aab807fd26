import "server-only";
// The app's one pool. Created on first use, so `next build` (which renders no
// page that needs data) never connects.
import { createDb, type Database } from "./client";
import { resolveDatabaseUrl } from "./connection-url";

let database: Promise<Database> | undefined;

export function getDb(): Promise<Database> {
  database ??= resolveDatabaseUrl().then((url) => createDb(url).db);
  return database;
}
