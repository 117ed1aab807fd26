// Sign-in throttling: at most MAX_FAILURES_PER_EMAIL failed attempts per email
// and MAX_FAILURES_PER_IP per IP within the window; recorded in PostgreSQL.
import type { Database } from "@/db/client";
import { recentFailures } from "@/db/queries/login-attempts";

const THROTTLE_WINDOW_MS = 15 * 60_000;
const MAX_FAILURES_PER_EMAIL = 5;
const MAX_FAILURES_PER_IP = 20;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export async function checkSignInThrottle(db: Database, email: string, ip: string, now = new Date()): Promise<ThrottleVerdict> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const [byEmail, byIp] = await Promise.all([
    recentFailures(db, { email: email.toLowerCase() }, since),
    recentFailures(db, { ip }, since),
  ]);
  const blocking = [
    byEmail.failures >= MAX_FAILURES_PER_EMAIL ? byEmail.oldest : null,
    byIp.failures >= MAX_FAILURES_PER_IP ? byIp.oldest : null,
  ].filter((d): d is Date => d !== null);
  if (blocking.length === 0) return { allowed: true };
  // The block lifts when the oldest failure in the window ages out of it.
  const until = Math.max(...blocking.map((d) => d.getTime() + THROTTLE_WINDOW_MS));
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
}

export function retryAfterMinutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}
