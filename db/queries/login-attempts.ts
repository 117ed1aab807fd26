// Sign-in throttling that holds across restarts and app instances.
import { and, count, eq, gt, min } from "drizzle-orm";
import type { Database } from "../client";
import { loginAttempts } from "../schema";

export async function recordLoginAttempt(db: Database, attempt: { email: string; ip: string; success: boolean }): Promise<void> {
  await db.insert(loginAttempts).values(attempt);
}

/** Failures since `since` for an email or an IP, and when the oldest of them happened. */
export async function recentFailures(
  db: Database,
  by: { email: string } | { ip: string },
  since: Date,
): Promise<{ failures: number; oldest: Date | null }> {
  const key = "email" in by ? eq(loginAttempts.email, by.email) : eq(loginAttempts.ip, by.ip);
  const [row] = await db
    .select({ failures: count(), oldest: min(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(key, eq(loginAttempts.success, false), gt(loginAttempts.at, since)));
  return { failures: row?.failures ?? 0, oldest: row?.oldest ?? null };
}
