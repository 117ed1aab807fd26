// The one way a multi-statement write runs in a transaction. drizzle types its
// transaction handle apart from the database, though it answers the same
// queries; our query helpers take a Database, so the handle is passed as one
// here, once, instead of a cast in every caller. A nested call (a helper that
// opens its own transaction inside ours) becomes a savepoint.
import type { Database } from "./client";

export function inTransaction<T>(db: Database, work: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx as unknown as Database));
}
