import { randomBytes } from "node:crypto";
import { renderToStaticMarkup } from "react-dom/server";
import { and, asc, desc, eq, inArray, isNull, ne } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import ManageUserPage from "@/app/admin/(protected)/users/[id]/page";
import { changeOwnPassword } from "@/app/admin/(protected)/account/actions";
import AccountPage from "@/app/admin/(protected)/account/page";
import { changeUserRole, inviteUser, resetUserPassword, setUserDisabled } from "@/app/admin/(protected)/users/actions";
import InviteUserPage from "@/app/admin/(protected)/users/new/page";
import AdminUsersPage from "@/app/admin/(protected)/users/page";
import { generateTemporaryPassword } from "@/app/admin/(protected)/users/temporary-password";
import { countSessionsOfUser, createStaffSession } from "@/db/queries/staff-sessions";
import { changeStaffRole, setStaffDisabled } from "@/db/queries/staff-users";
import { auditLog, staffSessions, staffUsers } from "@/db/schema";
import { requireRole } from "@/lib/auth/dal";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import type { UserFormState } from "@/lib/validation/users";
import { asAnonymous, asStaff, closeTestDb, interruptOf, refusal, testDb } from "./support/staff-harness";

vi.mock("@/lib/auth/config", async () => (await import("./support/staff-harness")).authConfigMock());
// refresh() only works inside a real server action request; here it has nothing to refresh.
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), refresh: vi.fn() }));
// The request headers of a server action (only the client IP is read).
vi.mock("next/headers", async (original) => ({
  ...(await original<typeof import("next/headers")>()),
  headers: vi.fn(async () => new Headers({ "x-podium-client-address": "198.51.100.7" })),
}));

afterAll(closeTestDb);

const db = () => testDb();
const unique = () => randomBytes(4).toString("hex");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** Everything these actions could change. */
async function snapshot() {
  const [users, sessions, audit] = await Promise.all([
    db().select().from(staffUsers).orderBy(asc(staffUsers.id)),
    db().select().from(staffSessions).orderBy(asc(staffSessions.id)),
    db().select().from(auditLog).orderBy(asc(auditLog.id)),
  ]);
  return JSON.stringify({ users, sessions, audit });
}

/** A user with a real password and `n` open sessions (not the caller's). */
async function makeUser(role: "admin" | "editor", sessions = 1, password = `pw-${unique()}-long-enough`) {
  const [user] = await db()
    .insert(staffUsers)
    .values({ email: `target-${unique()}@int.test`, name: "Target", role, passwordHash: await hashPassword(password) })
    .returning();
  const sids: string[] = [];
  for (let i = 0; i < sessions; i++) {
    const sid = randomBytes(24).toString("base64url");
    await createStaffSession(db(), { id: sid, userId: user!.id, sessionVersion: user!.sessionVersion, expiresAt: new Date(Date.now() + 3_600_000), userAgent: null, ip: null });
    sids.push(sid);
  }
  return { user: user!, sids, password };
}

async function getUser(id: number) {
  const [row] = await db().select().from(staffUsers).where(eq(staffUsers.id, id));
  return row!;
}

async function lastAuditFor(id: number) {
  const [row] = await db().select().from(auditLog).where(eq(auditLog.entityId, String(id))).orderBy(desc(auditLog.id)).limit(1);
  return row;
}

/** Runs `body` with every other enabled admin disabled, so `adminId` is the last one; restores them after. */
async function asLastAdmin(adminId: number, body: () => Promise<void>) {
  const others = await db()
    .update(staffUsers)
    .set({ disabledAt: new Date() })
    .where(and(eq(staffUsers.role, "admin"), isNull(staffUsers.disabledAt), ne(staffUsers.id, adminId)))
    .returning({ id: staffUsers.id });
  try {
    await body();
  } finally {
    if (others.length) await db().update(staffUsers).set({ disabledAt: null }).where(inArray(staffUsers.id, others.map((o) => o.id)));
  }
}

describe("every users/account action and page refuses callers without the role, changing nothing", () => {
  it("anonymous callers are sent to sign-in; editors get 403 on the admin-only ones", async () => {
    const { user: target } = await makeUser("editor", 1);
    const adminActions: [string, () => Promise<unknown>][] = [
      ["inviteUser", () => inviteUser({}, form({ email: `x-${unique()}@int.test`, name: "X", role: "admin", password: "" }))],
      ["changeUserRole", () => changeUserRole({}, form({ userId: String(target.id), role: "admin" }))],
      ["setUserDisabled", () => setUserDisabled({}, form({ userId: String(target.id), disabled: "true" }))],
      ["resetUserPassword", () => resetUserPassword({}, form({ userId: String(target.id), password: "" }))],
      ["users page", () => AdminUsersPage()],
      ["invite page", () => InviteUserPage()],
      ["manage page", () => ManageUserPage({ params: Promise.resolve({ id: String(target.id) }) })],
    ];
    const anyStaffActions: [string, () => Promise<unknown>][] = [
      ["changeOwnPassword", () => changeOwnPassword({}, form({ currentPassword: "whatever-123", newPassword: "new-password-456", confirmPassword: "new-password-456" }))],
      ["account page", () => AccountPage()],
    ];

    asAnonymous();
    let before = await snapshot();
    for (const [name, call] of [...adminActions, ...anyStaffActions]) {
      expect(await refusal(call), name).toBe("redirect:/admin/login");
    }
    expect(await snapshot()).toBe(before);

    await asStaff("editor");
    before = await snapshot();
    for (const [name, call] of adminActions) {
      expect(await refusal(call), name).toBe("http:403");
    }
    expect(await snapshot()).toBe(before);
  });
});

describe("invite", () => {
  it("creates a user with a generated temporary password, shown once, who must change it; audited without secrets", async () => {
    const admin = await asStaff("admin");
    const email = `New.Person-${unique()}@Int.Test`;
    const state = await inviteUser({}, form({ email, name: "  New Person ", role: "editor", password: "" }));
    expect(state.errors).toBeUndefined();
    expect(state.temporaryPassword).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    const created = await getUser(state.userId!);
    expect(created).toMatchObject({ email, name: "New Person", role: "editor", mustChangePassword: true, disabledAt: null });
    expect(await verifyPassword(created.passwordHash, state.temporaryPassword!)).toBe(true);

    const entry = await lastAuditFor(created.id);
    expect(entry).toMatchObject({ actorId: admin.userId, actorEmail: admin.email, action: "create", entity: "staff_user" });
    const text = JSON.stringify(entry);
    expect(text).not.toContain(state.temporaryPassword!);
    expect(text).not.toContain(created.passwordHash);
  });

  it("takes a typed temporary password; refuses short ones and keeps what was typed", async () => {
    await asStaff("admin");
    const email = `typed-${unique()}@int.test`;
    const before = await snapshot();
    const short = await inviteUser({}, form({ email, name: "Typed", role: "admin", password: "short" }));
    expect(short.errors?.password?.[0]).toMatch(/at least 12/);
    expect(short.values).toEqual({ email, name: "Typed", role: "admin", password: "short" });
    expect(await snapshot()).toBe(before);

    const ok = await inviteUser({}, form({ email, name: "Typed", role: "admin", password: "typed-temporary-1" }));
    expect(ok.temporaryPassword).toBeUndefined();
    const created = await getUser(ok.userId!);
    expect(created).toMatchObject({ role: "admin", mustChangePassword: true });
    expect(await verifyPassword(created.passwordHash, "typed-temporary-1")).toBe(true);
    expect(JSON.stringify(await lastAuditFor(created.id))).not.toContain("typed-temporary-1");
  });

  it("refuses an email that exists in another letter case, with a clear message", async () => {
    await asStaff("admin");
    const email = `dup-${unique()}@int.test`;
    expect((await inviteUser({}, form({ email, name: "One", role: "editor", password: "" }))).userId).toBeGreaterThan(0);
    const before = await snapshot();
    const dup = await inviteUser({}, form({ email: email.toUpperCase(), name: "Two", role: "editor", password: "" }));
    expect(dup.errors?.email?.[0]).toMatch(/already exists/);
    expect(dup.values?.name).toBe("Two");
    expect(await snapshot()).toBe(before);
  });

  it("answers field errors, not an exception, for junk input", async () => {
    await asStaff("admin");
    const before = await snapshot();
    const state = await inviteUser({}, form({ email: "nope", name: "", role: "owner" }));
    expect(Object.keys(state.errors ?? {}).sort()).toEqual(["email", "name", "role"]);
    expect((await inviteUser({}, new FormData())).errors).toBeDefined();
    expect(await snapshot()).toBe(before);
  });
});

describe("disable, role change and password reset end every session of the user at once", () => {
  it("disabling deletes the sessions and bumps the session version; the user's next request is refused", async () => {
    const { user, sids } = await makeUser("editor", 2);
    await asStaff("admin");
    const state = await setUserDisabled({}, form({ userId: String(user.id), disabled: "true" }));
    expect(state.notice).toMatch(/disabled/i);
    const after = await getUser(user.id);
    expect(after.disabledAt).not.toBeNull();
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await countSessionsOfUser(db(), user.id)).toBe(0);
    expect(await lastAuditFor(user.id)).toMatchObject({ action: "disable", entity: "staff_user" });

    // The disabled user's old session id no longer works.
    await signInAsSid(sids[0]!);
    expect(await refusal(() => requireRole("editor"))).toBe("redirect:/admin/login");

    await asStaff("admin");
    const enabled = await setUserDisabled({}, form({ userId: String(user.id), disabled: "false" }));
    expect(enabled.notice).toMatch(/enabled/i);
    expect((await getUser(user.id)).disabledAt).toBeNull();
    expect(await lastAuditFor(user.id)).toMatchObject({ action: "enable" });
    expect((await setUserDisabled({}, form({ userId: String(user.id), disabled: "false" }))).message).toMatch(/already enabled/);
  });

  it("a role change ends the sessions and is audited with from/to", async () => {
    const { user } = await makeUser("editor", 2);
    await asStaff("admin");
    const state = await changeUserRole({}, form({ userId: String(user.id), role: "admin" }));
    expect(state.notice).toMatch(/Role changed to admin/);
    const after = await getUser(user.id);
    expect(after.role).toBe("admin");
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await countSessionsOfUser(db(), user.id)).toBe(0);
    expect((await lastAuditFor(user.id))?.summary).toMatchObject({ from: "editor", to: "admin" });
    expect((await changeUserRole({}, form({ userId: String(user.id), role: "admin" }))).message).toMatch(/already an admin/);
  });

  it("a password reset sets a new temporary password, ends the sessions, and keeps the secret out of the log", async () => {
    const { user, password } = await makeUser("editor", 3);
    await asStaff("admin");
    const state = await resetUserPassword({}, form({ userId: String(user.id), password: "" }));
    expect(state.temporaryPassword).toBeDefined();
    const after = await getUser(user.id);
    expect(after.mustChangePassword).toBe(true);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, state.temporaryPassword!)).toBe(true);
    expect(await verifyPassword(after.passwordHash, password)).toBe(false);
    expect(await countSessionsOfUser(db(), user.id)).toBe(0);
    const entry = JSON.stringify(await lastAuditFor(user.id));
    expect(entry).toContain("reset_password");
    expect(entry).not.toContain(state.temporaryPassword!);
    expect(entry).not.toContain(after.passwordHash);
  });

  it("an admin resetting their own password is pointed to My account; unknown users get a clear message", async () => {
    const me = await asStaff("admin");
    const before = await snapshot();
    expect((await resetUserPassword({}, form({ userId: String(me.userId), password: "" }))).message).toMatch(/My account/);
    expect((await setUserDisabled({}, form({ userId: "2147483000", disabled: "true" }))).message).toMatch(/no longer exists/);
    expect((await changeUserRole({}, form({ userId: "2147483000", role: "editor" }))).message).toMatch(/no longer exists/);
    expect((await resetUserPassword({}, form({ userId: "2147483000", password: "" }))).message).toMatch(/no longer exists/);
    expect((await setUserDisabled({}, form({ userId: "abc", disabled: "true" }))).errors).toBeDefined();
    expect(await snapshot()).toBe(before);
  });
});

describe("the last enabled admin stays", () => {
  it("cannot be demoted or disabled, not even by themself; the database is unchanged", async () => {
    const me = await asStaff("admin");
    await asLastAdmin(me.userId, async () => {
      const before = await snapshot();
      expect((await changeUserRole({}, form({ userId: String(me.userId), role: "editor" }))).message).toMatch(/last admin/);
      expect((await setUserDisabled({}, form({ userId: String(me.userId), disabled: "true" }))).message).toMatch(/last admin/);
      expect(await snapshot()).toBe(before);
      // Still signed in, still an admin.
      expect((await requireRole("admin")).userId).toBe(me.userId);
    });
  });

  it("an admin may step down when another admin remains, and is then signed out", async () => {
    const me = await asStaff("admin");
    const other = await makeUser("admin", 0);
    await asLastAdmin(me.userId, async () => {
      await db().update(staffUsers).set({ disabledAt: null }).where(eq(staffUsers.id, other.user.id));
      let interrupt: string | null = null;
      try {
        await changeUserRole({}, form({ userId: String(me.userId), role: "editor" }));
      } catch (error) {
        interrupt = interruptOf(error);
      }
      expect(interrupt).toBe("redirect:/admin/login");
      expect((await getUser(me.userId)).role).toBe("editor");
      expect(await countSessionsOfUser(db(), me.userId)).toBe(0);
    });
  });

  it("two admins disabling each other at the same moment: exactly one succeeds", async () => {
    const a = await makeUser("admin", 0);
    const b = await makeUser("admin", 0);
    await asLastAdmin(a.user.id, async () => {
      await db().update(staffUsers).set({ disabledAt: null }).where(eq(staffUsers.id, b.user.id));
      const results = await Promise.all([setStaffDisabled(db(), a.user.id, true), setStaffDisabled(db(), b.user.id, true)]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.reason === "last_admin")).toHaveLength(1);
      const enabled = (await Promise.all([getUser(a.user.id), getUser(b.user.id)])).filter((u) => u.disabledAt === null);
      expect(enabled).toHaveLength(1);
      // And the same for demotions.
      const survivor = enabled[0]!;
      const third = await makeUser("admin", 0);
      const results2 = await Promise.all([changeStaffRole(db(), survivor.id, "editor"), changeStaffRole(db(), third.user.id, "editor")]);
      expect(results2.filter((r) => r.ok)).toHaveLength(1);
      // Tidy up: leave no extra enabled admins behind for other tests.
      await db().update(staffUsers).set({ disabledAt: new Date() }).where(inArray(staffUsers.id, [a.user.id, b.user.id, third.user.id]));
    });
  });
});

describe("changing your own password", () => {
  async function meWithPassword(password: string, mustChangePassword = false) {
    const me = await asStaff("editor");
    await db().update(staffUsers).set({ passwordHash: await hashPassword(password), mustChangePassword }).where(eq(staffUsers.id, me.userId));
    const other = randomBytes(24).toString("base64url");
    const user = await getUser(me.userId);
    await createStaffSession(db(), { id: other, userId: me.userId, sessionVersion: user.sessionVersion, expiresAt: new Date(Date.now() + 3_600_000), userAgent: null, ip: null });
    return { ...me, other, sessionVersion: user.sessionVersion };
  }

  it("needs the current password; a wrong one changes nothing and no password is sent back", async () => {
    await meWithPassword("current-password-1");
    const before = await snapshot();
    const state = await changeOwnPassword({}, form({ currentPassword: "wrong-password-1", newPassword: "brand-new-password", confirmPassword: "brand-new-password" }));
    expect(state.errors?.currentPassword?.[0]).toMatch(/not your current password/);
    expect(JSON.stringify(state)).not.toContain("password-1");
    expect(JSON.stringify(state)).not.toContain("brand-new-password");
    expect(await snapshot()).toBe(before);
    const mismatch = await changeOwnPassword({}, form({ currentPassword: "current-password-1", newPassword: "brand-new-password", confirmPassword: "brand-new-passw0rd" }));
    expect(mismatch.errors?.confirmPassword).toBeDefined();
    expect(await snapshot()).toBe(before);
  });

  it("wrong current passwords count as failed sign-ins: after five, even the right one must wait", async () => {
    const me = await meWithPassword("current-password-3");
    const attempt = (current: string) =>
      changeOwnPassword({}, form({ currentPassword: current, newPassword: "brand-new-password", confirmPassword: "brand-new-password" }));
    for (let i = 0; i < 5; i++) expect((await attempt(`wrong-${i}-password`)).errors?.currentPassword).toBeDefined();
    const before = await snapshot();
    expect((await attempt("current-password-3")).message).toBe("Too many wrong passwords. Try again in 1 minute.");
    expect(await snapshot()).toBe(before);
    expect(await verifyPassword((await getUser(me.userId)).passwordHash, "current-password-3")).toBe(true);
  });

  it("parallel wrong guesses cannot pass the throttle together: each is counted before its password is checked", async () => {
    const me = await meWithPassword("current-password-4");
    const attempt = (current: string) =>
      changeOwnPassword({}, form({ currentPassword: current, newPassword: "brand-new-password", confirmPassword: "brand-new-password" }));
    for (let i = 0; i < 4; i++) expect((await attempt(`wrong-${i}-password`)).errors?.currentPassword).toBeDefined();
    const before = await snapshot();
    // Four failures: one more guess is free. Of ten sent at once, exactly one is checked.
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => attempt(`parallel-${i}-password`)));
    expect(answers.filter((a) => a.errors?.currentPassword)).toHaveLength(1);
    expect(answers.filter((a) => a.message === "Too many wrong passwords. Try again in 1 minute.")).toHaveLength(9);
    expect(await snapshot()).toBe(before);
    expect(await verifyPassword((await getUser(me.userId)).passwordHash, "current-password-4")).toBe(true);
  });

  it("sets the new password, ends the other sessions, keeps this one, clears must-change, audits", async () => {
    const me = await meWithPassword("current-password-2", true);
    const state = await changeOwnPassword({}, form({ currentPassword: "current-password-2", newPassword: "brand-new-password", confirmPassword: "brand-new-password" })).catch(
      (error: unknown) => ({ interrupt: interruptOf(error) }) as UserFormState & { interrupt: string | null },
    );
    // A temporary password replaced: on to the admin area.
    expect(state).toEqual({ interrupt: "redirect:/admin" });
    const after = await getUser(me.userId);
    expect(after.mustChangePassword).toBe(false);
    expect(after.sessionVersion).toBe(me.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, "brand-new-password")).toBe(true);
    const sessions = await db().select().from(staffSessions).where(eq(staffSessions.userId, me.userId));
    expect(sessions.map((s) => s.id)).toEqual([me.sid]);
    expect((await requireRole("editor")).userId).toBe(me.userId);
    const entry = await lastAuditFor(me.userId);
    expect(entry).toMatchObject({ action: "change_password", actorId: me.userId });
    expect(JSON.stringify(entry)).not.toContain("brand-new-password");

    // Without a temporary password, the answer is a notice on the same page.
    const again = await changeOwnPassword({}, form({ currentPassword: "brand-new-password", newPassword: "another-new-password", confirmPassword: "another-new-password" }));
    expect(again.notice).toMatch(/has been changed/);
  });
});

describe("pages for an admin", () => {
  it("list users, open one, and answer 404 for a bad id", async () => {
    const { user } = await makeUser("editor", 0);
    await asStaff("admin");
    const list = renderToStaticMarkup(await AdminUsersPage());
    expect(list).toContain(user.email);
    expect(list).not.toContain("$argon2");
    const page = await ManageUserPage({ params: Promise.resolve({ id: String(user.id) }) });
    expect(page).toBeTruthy();
    for (const id of ["abc", "0", "99999999999", "2147483000"]) {
      let interrupt: string | null = null;
      try {
        await ManageUserPage({ params: Promise.resolve({ id }) });
      } catch (error) {
        interrupt = interruptOf(error);
      }
      expect(interrupt, id).toBe("http:404");
    }
  });

  it("temporary passwords are long, varied and unambiguous", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = generateTemporaryPassword();
      expect(p).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{4}(-[a-km-zA-HJ-NP-Z2-9]{4}){3}$/);
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });
});

/** For the next session look-up only, the caller carries this existing session id (the harness signs in fresh users only). */
async function signInAsSid(sid: string) {
  const { auth } = (await import("@/lib/auth/config")) as unknown as { auth: { mockImplementationOnce: (f: () => Promise<unknown>) => void } };
  auth.mockImplementationOnce(async () => ({ sid }));
}
