import "server-only";
// What a sign-in attempt comes to, decided in one place for every path that
// signs in (the admin form and Auth.js's own endpoints both reach it through
// lib/auth/config.ts's authorize()). Three shapes of attempt:
//
//   password               email + password. Without a second factor: signed in.
//                          With one: a challenge (needs-code); the attempt is
//                          withdrawn from the throttle's count (lib/auth/throttle.ts).
//   challenge + code       the code step after that: the challenge proves the
//                          password, so only the address is throttled; a few wrong
//                          codes void the challenge.
//   password + code        both factors at once: what the form offers when the
//                          email is locked by failures, so that someone with both
//                          factors is never kept out by another address's failures.
//                          Judged by the address's throttle alone; it succeeds only
//                          for an account that has a second factor and both right.
//
// Every wrong password or code is a failure for the email and the address.
import type { Database } from "@/db/client";
import { getStaffUserByEmail } from "@/db/queries/staff-sessions";
import { countChallengeFailure, createChallenge, deleteChallenge, getChallenge, hasConfirmedTwoFactor } from "@/db/queries/two-factor";
import type { StaffUser } from "@/db/schema";
import { verifyPassword } from "./passwords";
import { admitSignInAttempt, settleSignInAttempt, withdrawSignInAttempt } from "./throttle";
import { checkSecondFactor } from "./two-factor/check";
import { CHALLENGE_LIFETIME_SECONDS, challengeTokenHash, newChallengeToken } from "./two-factor/challenge-cookie";

/** Wrong codes one challenge may take before the password must be typed again. */
export const MAX_CODES_PER_CHALLENGE = 3;

export type SignInAttempt = { email?: string; password?: string; code?: string; challengeToken?: string | null };

export type SignInOutcome =
  | { kind: "signed-in"; user: StaffUser; recoveryCodesLeft?: number }
  | { kind: "needs-code"; challengeToken: string }
  | { kind: "refused" }
  | { kind: "wrong-code" }
  | { kind: "challenge-over" }
  | { kind: "throttled"; retryAfterSeconds: number };

export async function attemptSignIn(db: Database, attempt: SignInAttempt, ip: string): Promise<SignInOutcome> {
  if (attempt.email && attempt.password) return withPassword(db, { email: attempt.email, password: attempt.password, code: attempt.code || undefined }, ip);
  if (attempt.code && attempt.challengeToken) return withChallenge(db, attempt.challengeToken, attempt.code, ip);
  if (attempt.code) return { kind: "challenge-over" };
  return { kind: "refused" };
}

async function withPassword(db: Database, attempt: { email: string; password: string; code?: string }, ip: string): Promise<SignInOutcome> {
  const bothFactors = attempt.code !== undefined;
  const admission = await admitSignInAttempt(db, attempt.email, ip, { emailLock: !bothFactors });
  if (!admission.allowed) return { kind: "throttled", retryAfterSeconds: admission.retryAfterSeconds };
  const user = await getStaffUserByEmail(db, attempt.email);
  // Always verify (against a dummy hash for unknown emails), so timing does not tell which part was wrong.
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, attempt.password);
  if (!user || !passwordOk || user.disabledAt) {
    await settleSignInAttempt(db, admission.attemptId, false);
    return { kind: "refused" };
  }
  const secondFactor = await hasConfirmedTwoFactor(db, user.id);
  if (!secondFactor) {
    // A code cannot lift the email lock for an account that has no second factor.
    await settleSignInAttempt(db, admission.attemptId, !bothFactors);
    return bothFactors ? { kind: "refused" } : { kind: "signed-in", user };
  }
  if (bothFactors) {
    const check = await checkSecondFactor(db, { userId: user.id, email: user.email }, attempt.code!);
    await settleSignInAttempt(db, admission.attemptId, check.ok);
    if (!check.ok) return { kind: "refused" };
    return { kind: "signed-in", user, recoveryCodesLeft: check.method === "recovery" ? check.remaining : undefined };
  }
  await withdrawSignInAttempt(db, admission.attemptId);
  const token = newChallengeToken();
  await createChallenge(db, { tokenHash: challengeTokenHash(token), userId: user.id, expiresAt: new Date(Date.now() + CHALLENGE_LIFETIME_SECONDS * 1000) });
  return { kind: "needs-code", challengeToken: token };
}

async function withChallenge(db: Database, token: string, code: string, ip: string): Promise<SignInOutcome> {
  const tokenHash = challengeTokenHash(token);
  const challenge = await getChallenge(db, tokenHash);
  if (!challenge) return { kind: "challenge-over" };
  const { user } = challenge;
  const admission = await admitSignInAttempt(db, user.email, ip, { emailLock: false });
  if (!admission.allowed) return { kind: "throttled", retryAfterSeconds: admission.retryAfterSeconds };
  if (user.disabledAt) {
    await settleSignInAttempt(db, admission.attemptId, false);
    await deleteChallenge(db, tokenHash);
    return { kind: "challenge-over" };
  }
  const check = await checkSecondFactor(db, { userId: user.id, email: user.email }, code);
  await settleSignInAttempt(db, admission.attemptId, check.ok);
  if (check.ok) {
    await deleteChallenge(db, tokenHash);
    return { kind: "signed-in", user, recoveryCodesLeft: check.method === "recovery" ? check.remaining : undefined };
  }
  if ((await countChallengeFailure(db, tokenHash)) >= MAX_CODES_PER_CHALLENGE) {
    await deleteChallenge(db, tokenHash);
    return { kind: "challenge-over" };
  }
  return { kind: "wrong-code" };
}
