// Sign-in and the sessions it creates: the user looked up by email, a
// session row per sign-in (revocable: the cookie carries its id), the check
// every admin request makes, and sign-out.
import { and, count, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { Database } from "../client";
import { staffSessions, staffTwoFactor, staffUsers, type StaffUser } from "../schema";
import { inTransaction } from "../transaction";
import type { LiveSession } from "./staff";

export async function getStaffUserByEmail(db: Database, email: string): Promise<StaffUser | null> {
  const [row] = await db
    .select()
    .from(staffUsers)
    .where(eq(sql`lower(${staffUsers.email})`, email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

export async function createStaffSession(
  db: Database,
  session: { id: string; userId: number; sessionVersion: number; expiresAt: Date; userAgent: string | null; ip: string | null },
): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.insert(staffSessions).values(session);
    await tx.update(staffUsers).set({ lastLoginAt: new Date() }).where(eq(staffUsers.id, session.userId));
    // Housekeeping: expired rows of this user are of no use to anyone.
    await tx.delete(staffSessions).where(and(eq(staffSessions.userId, session.userId), lt(staffSessions.expiresAt, new Date())));
  });
}

/** The session if its row exists, has not expired, and its user is enabled with an unchanged session version. */
export async function getLiveSession(db: Database, sessionId: string): Promise<LiveSession | null> {
  const [row] = await db
    .select({
      sessionId: staffSessions.id,
      userId: staffUsers.id,
      email: staffUsers.email,
      name: staffUsers.name,
      role: staffUsers.role,
      mustChangePassword: staffUsers.mustChangePassword,
      twoFactor: sql<boolean>`exists (select 1 from ${staffTwoFactor} where ${staffTwoFactor.userId} = ${staffUsers.id} and ${staffTwoFactor.confirmedAt} is not null)`,
      adminLanguage: staffUsers.adminLanguage,
      lastSeenAt: staffSessions.lastSeenAt,
    })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
    .where(
      and(
        eq(staffSessions.id, sessionId),
        gt(staffSessions.expiresAt, new Date()),
        isNull(staffUsers.disabledAt),
        eq(staffSessions.sessionVersion, staffUsers.sessionVersion),
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function touchStaffSession(db: Database, sessionId: string): Promise<void> {
  await db.update(staffSessions).set({ lastSeenAt: new Date() }).where(eq(staffSessions.id, sessionId));
}

export async function deleteStaffSession(db: Database, sessionId: string): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.id, sessionId));
}

export async function countSessionsOfUser(db: Database, userId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(staffSessions).where(eq(staffSessions.userId, userId));
  return row?.n ?? 0;
}
