// Sign-in throttling that escalates, per email and per address, recorded in
// PostgreSQL (so it holds across restarts and instances):
// - a few failures are free (FREE_FAILURES);
// - after that, each further attempt waits after the latest failure, a wait that
//   doubles with every failure (1, 2, 4, … minutes) up to MAX_WAIT;
// - an email's count starts again after a successful sign-in, and failures older
//   than COUNT_WINDOW are forgotten;
// - `npm run user:unlock -- --email <address>` clears an email's failures at once.
// The sign-in itself (lib/auth/config.ts) and the "My account" check of the current
// password (app/admin/(protected)/account/actions.ts) record their attempt before the
// password is checked, under a lock on the email and address (admitSignInAttempt), so
// twenty parallel attempts cannot all pass the check before one of them is counted.
// An attempt that carries the second factor (a code with the password, or a code
// against a sign-in challenge that the password opened) is judged by its address
// alone (`emailLock: false`): failures from other addresses on the same email can
// then never keep out someone who has both factors. Its own failures still count
// against the email and the address like any other.
import type { Database } from "@/db/client";
import { admitAttempt, failuresSinceLastSuccess, forgetAttempt, settleAttempt } from "@/db/queries/login-attempts";

const FREE_FAILURES = { email: 5, ip: 20 } as const;
export const FIRST_WAIT_MS = 60_000;
export const MAX_WAIT_MS = 60 * 60_000;
/** Failures older than this no longer count (a forgotten password a week ago is not held against anyone). */
const COUNT_WINDOW_MS = 24 * 60 * 60_000;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** `emailLock: false` for an attempt that proves the second factor: only the address's failures hold it back. */
export type ThrottleScope = { emailLock?: boolean };

/** The wait after the latest of `failures` failures: none while they are free, then doubling, capped. */
export function waitAfter(failures: number, free: number): number {
  if (failures < free) return 0;
  const doublings = Math.min(failures - free, 30);
  return Math.min(FIRST_WAIT_MS * 2 ** doublings, MAX_WAIT_MS);
}

/** Whether an attempt for this email from this address may go ahead now, and if not, for how long not. */
export async function checkSignInThrottle(db: Database, email: string, ip: string, now = new Date(), scope: ThrottleScope = {}): Promise<ThrottleVerdict> {
  const since = new Date(now.getTime() - COUNT_WINDOW_MS);
  const emailLock = scope.emailLock ?? true;
  const [byEmail, byIp] = await Promise.all([
    emailLock ? failuresSinceLastSuccess(db, { email: email.toLowerCase() }, since) : { failures: 0, latest: null },
    failuresSinceLastSuccess(db, { ip }, since),
  ]);
  const until = Math.max(
    byEmail.latest ? byEmail.latest.getTime() + waitAfter(byEmail.failures, FREE_FAILURES.email) : 0,
    byIp.latest ? byIp.latest.getTime() + waitAfter(byIp.failures, FREE_FAILURES.ip) : 0,
  );
  if (until <= now.getTime()) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
}

export type Admission = { allowed: true; attemptId: number } | { allowed: false; retryAfterSeconds: number };

/**
 * The throttle check and the attempt's record in one locked step: when allowed, the
 * attempt is already counted (as pending) before the caller checks the password,
 * and the caller settles it with settleSignInAttempt.
 */
export async function admitSignInAttempt(db: Database, email: string, ip: string, scope: ThrottleScope = {}): Promise<Admission> {
  let verdict: ThrottleVerdict = { allowed: true };
  const attemptId = await admitAttempt(db, { email: email.toLowerCase(), ip }, async (tx) => {
    verdict = await checkSignInThrottle(tx, email, ip, new Date(), scope);
    return verdict.allowed;
  });
  if (attemptId !== null) return { allowed: true, attemptId };
  return verdict.allowed ? { allowed: false, retryAfterSeconds: 1 } : verdict;
}

export async function settleSignInAttempt(db: Database, attemptId: number, success: boolean): Promise<void> {
  await settleAttempt(db, attemptId, success);
}

/**
 * The password was right but the account asks for a second factor: the attempt is
 * neither a failure (the owner typing their password must not lock them out) nor
 * a success (that would reset the email's count, and with it the limit on code
 * guesses by someone who knows the password). It is withdrawn; the code's own
 * attempt is counted when it comes.
 */
export async function withdrawSignInAttempt(db: Database, attemptId: number): Promise<void> {
  await forgetAttempt(db, attemptId);
}

export function retryAfterMinutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}
