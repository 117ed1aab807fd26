// Staff users and their sessions.
import { and, asc, count, eq, gt, isNull, lt, ne, sql } from "drizzle-orm";
import type { Database } from "../client";
import { staffSessions, staffUsers, type NewStaffUser, type StaffUser } from "../schema";

export type StaffRole = "admin" | "editor";

export async function getStaffUserByEmail(db: Database, email: string): Promise<StaffUser | null> {
  const [row] = await db
    .select()
    .from(staffUsers)
    .where(eq(sql`lower(${staffUsers.email})`, email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

export async function getStaffUser(db: Database, id: number): Promise<StaffUser | null> {
  const [row] = await db.select().from(staffUsers).where(eq(staffUsers.id, id)).limit(1);
  return row ?? null;
}

export async function listStaffUsers(db: Database): Promise<StaffUser[]> {
  return db.select().from(staffUsers).orderBy(asc(sql`lower(${staffUsers.email})`));
}

/** Creates the user, or updates name, role and password of the one with that email. */
export async function upsertStaffUser(
  db: Database,
  user: Pick<NewStaffUser, "email" | "name" | "role" | "passwordHash" | "mustChangePassword">,
): Promise<{ user: StaffUser; created: boolean }> {
  return db.transaction(async (tx) => {
    const existing = await getStaffUserByEmail(tx as unknown as Database, user.email);
    if (!existing) {
      const [created] = await tx.insert(staffUsers).values(user).returning();
      return { user: created!, created: true };
    }
    const [updated] = await tx
      .update(staffUsers)
      .set({
        name: user.name,
        role: user.role,
        passwordHash: user.passwordHash,
        mustChangePassword: user.mustChangePassword ?? false,
        disabledAt: null,
        sessionVersion: sql`${staffUsers.sessionVersion} + 1`,
      })
      .where(eq(staffUsers.id, existing.id))
      .returning();
    await tx.delete(staffSessions).where(eq(staffSessions.userId, existing.id));
    return { user: updated!, created: false };
  });
}

export async function countActiveAdmins(db: Database, exceptUserId?: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(staffUsers)
    .where(
      and(
        eq(staffUsers.role, "admin"),
        isNull(staffUsers.disabledAt),
        exceptUserId === undefined ? undefined : ne(staffUsers.id, exceptUserId),
      ),
    );
  return row?.n ?? 0;
}

export async function countStaffUsers(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(staffUsers);
  return row?.n ?? 0;
}

export async function createStaffSession(
  db: Database,
  session: { id: string; userId: number; sessionVersion: number; expiresAt: Date; userAgent: string | null; ip: string | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(staffSessions).values(session);
    await tx.update(staffUsers).set({ lastLoginAt: new Date() }).where(eq(staffUsers.id, session.userId));
    // Housekeeping: expired rows of this user are of no use to anyone.
    await tx.delete(staffSessions).where(and(eq(staffSessions.userId, session.userId), lt(staffSessions.expiresAt, new Date())));
  });
}

export type LiveSession = {
  sessionId: string;
  userId: number;
  email: string;
  name: string;
  role: StaffRole;
  mustChangePassword: boolean;
  lastSeenAt: Date;
};

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

export async function deleteSessionsOfUser(db: Database, userId: number): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.userId, userId));
}
