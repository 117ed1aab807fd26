// Staff users as admins (and the CLI and seed scripts) manage them: create,
// list, change role, disable, set a password.
import { and, asc, count, eq, isNull, ne, sql } from "drizzle-orm";
import type { Database } from "../client";
import { staffSessions, staffUsers, type NewStaffUser, type StaffUser } from "../schema";
import { inTransaction } from "../transaction";
import { isUniqueViolation } from "../unique-violation";
import type { StaffOverview, StaffRole } from "./staff";
import { getStaffUserByEmail } from "./staff-sessions";

/** Creates the user, or updates name, role and password of the one with that email. */
export async function upsertStaffUser(
  db: Database,
  user: Pick<NewStaffUser, "email" | "name" | "role" | "passwordHash" | "mustChangePassword">,
): Promise<{ user: StaffUser; created: boolean }> {
  return inTransaction(db, async (tx) => {
    const existing = await getStaffUserByEmail(tx, user.email);
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

export async function countStaffUsers(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(staffUsers);
  return row?.n ?? 0;
}

// ---- Managing staff from the admin area -------------------------------------
// Each change runs in one transaction with the caller's `within` step (the
// audit entry), so a change is never left without its entry or the reverse.
// Changes that end sessions bump session_version AND delete the rows: the
// first stops every cookie at once, the second leaves nothing to revive.

const overviewColumns = {
  id: staffUsers.id,
  email: staffUsers.email,
  name: staffUsers.name,
  role: staffUsers.role,
  mustChangePassword: staffUsers.mustChangePassword,
  disabledAt: staffUsers.disabledAt,
  lastLoginAt: staffUsers.lastLoginAt,
  createdAt: staffUsers.createdAt,
};

export async function listStaffOverview(db: Database): Promise<StaffOverview[]> {
  return db.select(overviewColumns).from(staffUsers).orderBy(asc(sql`lower(${staffUsers.email})`), asc(staffUsers.id));
}

export async function getStaffOverview(db: Database, id: number): Promise<StaffOverview | null> {
  const [row] = await db.select(overviewColumns).from(staffUsers).where(eq(staffUsers.id, id)).limit(1);
  return row ?? null;
}

/** Runs inside the change's transaction; throwing rolls the change back. */
export type WithinChange = (tx: Database, user: StaffOverview, before: StaffOverview) => Promise<void>;

export type StaffChangeResult =
  | { ok: true; user: StaffOverview; before: StaffOverview }
  | { ok: false; reason: "not_found" | "last_admin" | "unchanged" };

function toOverview(user: StaffUser): StaffOverview {
  const { id, email, name, role, mustChangePassword, disabledAt, lastLoginAt, createdAt } = user;
  return { id, email, name, role, mustChangePassword, disabledAt, lastLoginAt, createdAt };
}

/** Creates a user; "duplicate_email" when one with that email in any letter case exists. */
export async function createStaffUser(
  db: Database,
  user: Pick<NewStaffUser, "email" | "name" | "role" | "passwordHash" | "mustChangePassword">,
  within?: WithinChange,
): Promise<{ ok: true; user: StaffOverview } | { ok: false; reason: "duplicate_email" }> {
  try {
    return await inTransaction(db, async (tx) => {
      const [created] = await tx.insert(staffUsers).values(user).returning();
      const overview = toOverview(created!);
      await within?.(tx, overview, overview);
      return { ok: true as const, user: overview };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "duplicate_email" };
    throw error;
  }
}

/**
 * Locks the enabled admins (in id order, so concurrent changes queue instead of
 * deadlocking) and the target row. Two admins demoting each other at once are
 * serialised here; the second then sees only one admin left and is refused.
 */
async function lockForChange(tx: Database, userId: number): Promise<{ user: StaffUser | null; enabledAdminIds: number[] }> {
  const admins = await tx
    .select({ id: staffUsers.id })
    .from(staffUsers)
    .where(and(eq(staffUsers.role, "admin"), isNull(staffUsers.disabledAt)))
    .orderBy(asc(staffUsers.id))
    .for("update");
  const [user] = await tx.select().from(staffUsers).where(eq(staffUsers.id, userId)).for("update");
  return { user: user ?? null, enabledAdminIds: admins.map((a) => a.id) };
}

function isLastEnabledAdmin(user: StaffUser, enabledAdminIds: number[]): boolean {
  return user.role === "admin" && user.disabledAt === null && enabledAdminIds.length <= 1 && enabledAdminIds.includes(user.id);
}

/** Changes the role and ends every session of the user. Refuses to demote the last enabled admin. */
export async function changeStaffRole(db: Database, userId: number, role: StaffRole, within?: WithinChange): Promise<StaffChangeResult> {
  return inTransaction(db, async (tx) => {
    const { user, enabledAdminIds } = await lockForChange(tx, userId);
    if (!user) return { ok: false, reason: "not_found" };
    if (user.role === role) return { ok: false, reason: "unchanged" };
    if (role !== "admin" && isLastEnabledAdmin(user, enabledAdminIds)) return { ok: false, reason: "last_admin" };
    const [updated] = await tx
      .update(staffUsers)
      .set({ role, sessionVersion: sql`${staffUsers.sessionVersion} + 1` })
      .where(eq(staffUsers.id, userId))
      .returning();
    await tx.delete(staffSessions).where(eq(staffSessions.userId, userId));
    const after = toOverview(updated!);
    const before = toOverview(user);
    await within?.(tx, after, before);
    return { ok: true, user: after, before };
  });
}

/** Disables (ending every session) or re-enables the user. Refuses to disable the last enabled admin. */
export async function setStaffDisabled(db: Database, userId: number, disabled: boolean, within?: WithinChange): Promise<StaffChangeResult> {
  return inTransaction(db, async (tx) => {
    const { user, enabledAdminIds } = await lockForChange(tx, userId);
    if (!user) return { ok: false, reason: "not_found" };
    if ((user.disabledAt !== null) === disabled) return { ok: false, reason: "unchanged" };
    if (disabled && isLastEnabledAdmin(user, enabledAdminIds)) return { ok: false, reason: "last_admin" };
    const [updated] = await tx
      .update(staffUsers)
      .set(disabled ? { disabledAt: new Date(), sessionVersion: sql`${staffUsers.sessionVersion} + 1` } : { disabledAt: null })
      .where(eq(staffUsers.id, userId))
      .returning();
    if (disabled) await tx.delete(staffSessions).where(eq(staffSessions.userId, userId));
    const after = toOverview(updated!);
    const before = toOverview(user);
    await within?.(tx, after, before);
    return { ok: true, user: after, before };
  });
}

/**
 * Sets a new password hash and ends the user's sessions. `keepSessionId` (a
 * user changing their own password) keeps that one session alive by moving it
 * to the new session version; every other session ends.
 */
export async function setStaffPassword(
  db: Database,
  userId: number,
  change: { passwordHash: string; mustChangePassword: boolean; keepSessionId?: string },
  within?: WithinChange,
): Promise<StaffChangeResult> {
  return inTransaction(db, async (tx) => {
    const [user] = await tx.select().from(staffUsers).where(eq(staffUsers.id, userId)).for("update");
    if (!user) return { ok: false, reason: "not_found" };
    const [updated] = await tx
      .update(staffUsers)
      .set({ passwordHash: change.passwordHash, mustChangePassword: change.mustChangePassword, sessionVersion: sql`${staffUsers.sessionVersion} + 1` })
      .where(eq(staffUsers.id, userId))
      .returning();
    const keep = change.keepSessionId;
    await tx
      .delete(staffSessions)
      .where(and(eq(staffSessions.userId, userId), keep === undefined ? undefined : ne(staffSessions.id, keep)));
    if (keep !== undefined) {
      await tx
        .update(staffSessions)
        .set({ sessionVersion: updated!.sessionVersion })
        .where(and(eq(staffSessions.id, keep), eq(staffSessions.userId, userId)));
    }
    const after = toOverview(updated!);
    const before = toOverview(user);
    await within?.(tx, after, before);
    return { ok: true, user: after, before };
  });
}

/** The password hash of one user, for checking their current password. */
export async function getStaffPasswordHash(db: Database, userId: number): Promise<string | null> {
  const [row] = await db.select({ passwordHash: staffUsers.passwordHash }).from(staffUsers).where(eq(staffUsers.id, userId)).limit(1);
  return row?.passwordHash ?? null;
}

/** Keeps the staff area's language a user chose with the header's switch. */
export async function setAdminLanguage(db: Database, userId: number, language: "en" | "ru"): Promise<void> {
  await db.update(staffUsers).set({ adminLanguage: language }).where(eq(staffUsers.id, userId));
}
