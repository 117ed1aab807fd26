// Sign-in attempts, the record the throttle (lib/auth/throttle.ts) reads. It holds
// across restarts and app instances. An attempt is `success: null` from the moment
// it is let through until its password has been checked, and counts as a failure
// meanwhile.
import { and, count, eq, gt, isNull, lt, max, ne, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { loginAttempts } from "../schema";
import { inTransaction } from "../transaction";

type Key = { email: string } | { ip: string };

const keyFilter = (by: Key) => ("email" in by ? eq(loginAttempts.email, by.email) : eq(loginAttempts.ip, by.ip));
const notSuccessful = or(isNull(loginAttempts.success), ne(loginAttempts.success, true));

/**
 * Failures (pending attempts included) for an email or an address since `since` and
 * after its last successful sign-in, and when the latest of them happened.
 */
export async function failuresSinceLastSuccess(db: Database, by: Key, since: Date): Promise<{ failures: number; latest: Date | null }> {
  // One statement: the last success (if later than `since`) is a subquery of the count.
  const lastSuccess = db
    .select({ at: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(keyFilter(by), eq(loginAttempts.success, true), gt(loginAttempts.at, since)));
  const [row] = await db
    .select({ failures: count(), latest: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(keyFilter(by), notSuccessful, gt(loginAttempts.at, sql`coalesce((${lastSuccess}), ${since.toISOString()}::timestamptz)`)));
  return { failures: row?.failures ?? 0, latest: row?.latest ?? null };
}

/**
 * Runs `decide` with this email and address locked against other sign-in attempts
 * (transaction-scoped advisory locks, email first, so two attempts never wait on each
 * other in a circle), and records a pending attempt when it lets this one through.
 * Returns the pending attempt's id, or null when `decide` refused.
 */
export async function admitAttempt(db: Database, attempt: { email: string; ip: string }, decide: (tx: Database) => Promise<boolean>): Promise<number | null> {
  return inTransaction(db, async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`podium:sign-in:email:${attempt.email}`}))`);
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`podium:sign-in:ip:${attempt.ip}`}))`);
    if (!(await decide(tx))) return null;
    const [row] = await tx.insert(loginAttempts).values({ ...attempt, success: null }).returning({ id: loginAttempts.id });
    return row!.id;
  });
}

/** The pending attempt's outcome, once the password has been checked. */
export async function settleAttempt(db: Database, id: number, success: boolean): Promise<void> {
  await db.update(loginAttempts).set({ success }).where(eq(loginAttempts.id, id));
}

/** A pending attempt that turned out to be neither a success nor a failure (lib/auth/throttle.ts, withdrawSignInAttempt). */
export async function forgetAttempt(db: Database, id: number): Promise<void> {
  await db.delete(loginAttempts).where(eq(loginAttempts.id, id));
}

/** `npm run user:unlock`: forgets the failures of an email (and, if given, of an address). Returns how many went. */
export async function clearFailures(db: Database, by: { email?: string; ip?: string }): Promise<number> {
  let cleared = 0;
  for (const key of [by.email ? { email: by.email } : null, by.ip ? { ip: by.ip } : null]) {
    if (!key) continue;
    const gone = await db.delete(loginAttempts).where(and(keyFilter(key), notSuccessful));
    cleared += gone.rowCount ?? 0;
  }
  return cleared;
}

/** Attempts older than `before` are of no use to the throttle: pruned on a schedule. */
export async function pruneAttempts(db: Database, before: Date): Promise<number> {
  const gone = await db.delete(loginAttempts).where(lt(loginAttempts.at, before));
  return gone.rowCount ?? 0;
}
