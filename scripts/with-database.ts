// Runs a task against DATABASE_URL, or against the embedded server (connecting
// to the running one, or starting it for the task and stopping it after).
import { createDb, type Database } from "@/db/client";
import { ensureEmbeddedServer } from "@/db/embedded";

export async function withDatabase<T>(task: (db: Database, url: string) => Promise<T>): Promise<T> {
  const configured = process.env.DATABASE_URL?.trim();
  const embedded = configured ? undefined : await ensureEmbeddedServer((line) => console.log(line));
  const url = configured ?? embedded!.url;
  const { db, pool } = createDb(url, { max: 2 });
  try {
    return await task(db, url);
  } finally {
    await pool.end();
    await embedded?.stop();
  }
}
