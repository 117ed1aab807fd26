// Staff members' second factor: the TOTP row (pending or confirmed), its
// recovery codes, and the sign-in challenges waiting for a code. The crypto
// (sealing secrets, checking codes, hashing recovery codes) is lib/auth/two-factor's;
// these only store and fetch, with the single-use rules done in SQL so that two
// requests can never spend the same code or step.
import { and, asc, eq, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { signInChallenges, staffRecoveryCodes, staffSessions, staffTwoFactor, staffUsers, type StaffTwoFactor, type StaffUser } from "../schema";

export async function getTwoFactor(db: Database, userId: number): Promise<StaffTwoFactor | null> {
  const [row] = await db.select().from(staffTwoFactor).where(eq(staffTwoFactor.userId, userId)).limit(1);
  return row ?? null;
}

export async function hasConfirmedTwoFactor(db: Database, userId: number): Promise<boolean> {
  const [row] = await db
    .select({ userId: staffTwoFactor.userId })
    .from(staffTwoFactor)
    .where(and(eq(staffTwoFactor.userId, userId), isNotNull(staffTwoFactor.confirmedAt)))
    .limit(1);
  return row !== undefined;
}

/** The ids of the users whose second factor is confirmed (for the users list). */
export async function usersWithTwoFactor(db: Database): Promise<Set<number>> {
  const rows = await db.select({ userId: staffTwoFactor.userId }).from(staffTwoFactor).where(isNotNull(staffTwoFactor.confirmedAt));
  return new Set(rows.map((r) => r.userId));
}

/** Starts (or starts again) an enrolment: a new pending secret. Refused (false) when one is already confirmed. */
export async function startEnrolment(db: Database, userId: number, secretCiphertext: string): Promise<boolean> {
  const rows = await db
    .insert(staffTwoFactor)
    .values({ userId, secretCiphertext })
    .onConflictDoUpdate({
      target: staffTwoFactor.userId,
      set: { secretCiphertext, lastUsedStep: null, createdAt: sql`now()` },
      setWhere: isNull(staffTwoFactor.confirmedAt),
    })
    .returning({ userId: staffTwoFactor.userId });
  return rows.length === 1;
}

/**
 * Records that a code of `step` was accepted, if no code of that step or a later
 * one was before (compare-and-set: of two requests with the same code, one wins).
 * With `confirm`, also turns a pending enrolment into a confirmed one.
 */
export async function spendTotpStep(db: Database, userId: number, step: number, options: { confirm?: boolean } = {}): Promise<boolean> {
  const rows = await db
    .update(staffTwoFactor)
    .set(options.confirm ? { lastUsedStep: step, confirmedAt: sql`now()` } : { lastUsedStep: step })
    .where(
      and(
        eq(staffTwoFactor.userId, userId),
        options.confirm ? isNull(staffTwoFactor.confirmedAt) : isNotNull(staffTwoFactor.confirmedAt),
        or(isNull(staffTwoFactor.lastUsedStep), lt(staffTwoFactor.lastUsedStep, step)),
      ),
    )
    .returning({ userId: staffTwoFactor.userId });
  return rows.length === 1;
}

/** Removes the second factor and its recovery codes. Returns whether there was one. */
export async function removeTwoFactor(db: Database, userId: number): Promise<boolean> {
  await db.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.userId, userId));
  await db.delete(signInChallenges).where(eq(signInChallenges.userId, userId));
  const gone = await db.delete(staffTwoFactor).where(eq(staffTwoFactor.userId, userId)).returning({ userId: staffTwoFactor.userId });
  return gone.length === 1;
}

/**
 * An admin's reset of someone else's second factor: removed, and every session of
 * the user ended (a reset usually means a lost or stolen phone). They sign in
 * with their password alone next time, and an admin is then sent to set it up again.
 */
export async function resetTwoFactor(db: Database, userId: number): Promise<boolean> {
  const had = await removeTwoFactor(db, userId);
  if (!had) return false;
  await db.update(staffUsers).set({ sessionVersion: sql`${staffUsers.sessionVersion} + 1` }).where(eq(staffUsers.id, userId));
  await db.delete(staffSessions).where(eq(staffSessions.userId, userId));
  return true;
}

/** Replaces every recovery code of the user with these hashes. */
export async function replaceRecoveryCodes(db: Database, userId: number, codeHashes: string[]): Promise<void> {
  await db.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.userId, userId));
  if (codeHashes.length > 0) await db.insert(staffRecoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
}

export async function unusedRecoveryCodes(db: Database, userId: number): Promise<{ id: number; codeHash: string }[]> {
  return db
    .select({ id: staffRecoveryCodes.id, codeHash: staffRecoveryCodes.codeHash })
    .from(staffRecoveryCodes)
    .where(and(eq(staffRecoveryCodes.userId, userId), isNull(staffRecoveryCodes.usedAt)))
    .orderBy(asc(staffRecoveryCodes.id));
}

/** Spends a recovery code; false if it was spent meanwhile (two requests with one code: one wins). */
export async function spendRecoveryCode(db: Database, id: number): Promise<boolean> {
  const rows = await db
    .update(staffRecoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(and(eq(staffRecoveryCodes.id, id), isNull(staffRecoveryCodes.usedAt)))
    .returning({ id: staffRecoveryCodes.id });
  return rows.length === 1;
}

// ---- Sign-in challenges -------------------------------------------------------

export async function createChallenge(db: Database, challenge: { tokenHash: string; userId: number; expiresAt: Date }): Promise<void> {
  // Housekeeping: expired challenges are of no use to anyone.
  await db.delete(signInChallenges).where(lt(signInChallenges.expiresAt, new Date()));
  await db.insert(signInChallenges).values(challenge);
}

/** The live challenge with this token hash (not expired), with the user it signs in. */
export async function getChallenge(db: Database, tokenHash: string): Promise<{ user: StaffUser; failures: number } | null> {
  const [row] = await db
    .select({ user: staffUsers, failures: signInChallenges.failures, expiresAt: signInChallenges.expiresAt })
    .from(signInChallenges)
    .innerJoin(staffUsers, eq(staffUsers.id, signInChallenges.userId))
    .where(eq(signInChallenges.tokenHash, tokenHash))
    .limit(1);
  return row && row.expiresAt > new Date() ? { user: row.user, failures: row.failures } : null;
}

/** Counts a wrong code against the challenge; answers the failures so far. */
export async function countChallengeFailure(db: Database, tokenHash: string): Promise<number> {
  const [row] = await db
    .update(signInChallenges)
    .set({ failures: sql`${signInChallenges.failures} + 1` })
    .where(eq(signInChallenges.tokenHash, tokenHash))
    .returning({ failures: signInChallenges.failures });
  return row?.failures ?? Number.POSITIVE_INFINITY;
}

export async function deleteChallenge(db: Database, tokenHash: string): Promise<void> {
  await db.delete(signInChallenges).where(eq(signInChallenges.tokenHash, tokenHash));
}
