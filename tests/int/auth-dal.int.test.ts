import { afterAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { staffSessions, staffUsers } from "@/db/schema";
import { authorizeRequest, requireRole } from "@/lib/auth/dal";
import { asAnonymous, asStaff, closeTestDb, refusal, testDb } from "./support/staff-harness";

vi.mock("@/lib/auth/config", async () => (await import("./support/staff-harness")).authConfigMock());

afterAll(closeTestDb);

describe("requireRole against real session rows", () => {
  it("sends an anonymous caller to sign-in", async () => {
    asAnonymous();
    expect(await refusal(() => requireRole("editor"))).toBe("redirect:/admin/login");
  });

  it("refuses an editor where admin is required, and lets an admin through", async () => {
    await asStaff("editor");
    expect(await refusal(() => requireRole("admin"))).toBe("http:403");
    const editor = await requireRole("editor");
    expect(editor.role).toBe("editor");
    await asStaff("admin");
    expect((await requireRole("admin")).role).toBe("admin");
  });

  it("ends the session when its row is deleted, the user is disabled, or the password changes", async () => {
    const deleted = await asStaff("editor");
    await testDb().delete(staffSessions).where(eq(staffSessions.id, deleted.sid));
    expect(await refusal(() => requireRole("editor"))).toBe("redirect:/admin/login");

    const disabled = await asStaff("editor");
    await testDb().update(staffUsers).set({ disabledAt: new Date() }).where(eq(staffUsers.id, disabled.userId));
    expect(await refusal(() => requireRole("editor"))).toBe("redirect:/admin/login");

    const rotated = await asStaff("editor");
    await testDb().update(staffUsers).set({ sessionVersion: 99 }).where(eq(staffUsers.id, rotated.userId));
    expect(await refusal(() => requireRole("editor"))).toBe("redirect:/admin/login");
  });

  it("lets a temporary password do nothing but choose a new one", async () => {
    const invited = await asStaff("admin");
    await testDb().update(staffUsers).set({ mustChangePassword: true }).where(eq(staffUsers.id, invited.userId));
    expect(await refusal(() => requireRole("editor"))).toBe("http:403");
    const handler = await authorizeRequest("editor");
    expect("refused" in handler && handler.refused).toBe("temporaryPassword");
    // The password form and its action are the one exception.
    expect((await requireRole("editor", { allowTemporaryPassword: true })).userId).toBe(invited.userId);

    await testDb().update(staffUsers).set({ mustChangePassword: false }).where(eq(staffUsers.id, invited.userId));
    expect((await requireRole("admin")).userId).toBe(invited.userId);
    expect("session" in (await authorizeRequest("admin"))).toBe(true);
  });
});
