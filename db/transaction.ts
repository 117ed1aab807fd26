// The one way a multi-statement write runs in a transaction. The handle it
// passes on is a Database (./client.ts) like any other, so the query helpers
// take it as they take the pool's. A nested call (a helper that opens its own
// transaction inside ours) becomes a savepoint.
import type { Database } from "./client";

export function inTransaction<T>(db: Database, work: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction(work);
}
