// A save that lost a race: its check saw no clash, a concurrent save took the
// value first, and the write then failed on the unique index. The query
// modules turn that into the refusal the editor understands instead of a 500.
// drizzle wraps the driver's error (the PostgreSQL one is its `cause`), so the
// error is looked for a few levels down.

type PgErrorLike = { code?: unknown; constraint?: unknown; cause?: unknown };

/** True for PostgreSQL's unique_violation (23505), of `constraint` when one is named. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const e = current as PgErrorLike;
    // The first SQLSTATE on the way down is the database's answer.
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) {
      return e.code === "23505" && (constraint === undefined || e.constraint === constraint);
    }
    current = e.cause;
  }
  return false;
}
