import { describe, expect, it } from "vitest";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords";
import { issuesByField } from "@/lib/admin/forms";
import { changeOwnPasswordSchema, changeRoleSchema, inviteUserSchema, resetPasswordSchema, setDisabledSchema } from "./users";

describe("inviteUserSchema", () => {
  it("trims, keeps the email's letter case, and generates when the password is left empty", () => {
    const parsed = inviteUserSchema.parse({ email: "  New.Person@Example.org ", name: " New Person ", role: "editor", password: "   " });
    expect(parsed).toEqual({ email: "New.Person@Example.org", name: "New Person", role: "editor", password: undefined });
  });

  it("accepts a typed password of the minimum length and refuses a shorter one", () => {
    const ok = "x".repeat(MIN_PASSWORD_LENGTH);
    expect(inviteUserSchema.parse({ email: "a@b.co", name: "A", role: "admin", password: ok }).password).toBe(ok);
    const bad = inviteUserSchema.safeParse({ email: "a@b.co", name: "A", role: "admin", password: "x".repeat(MIN_PASSWORD_LENGTH - 1) });
    expect(bad.success).toBe(false);
    expect(issuesByField(bad.error!)).toEqual({ password: [`Use at least ${MIN_PASSWORD_LENGTH} characters.`] });
  });

  it("names every bad field", () => {
    const bad = inviteUserSchema.safeParse({ email: "not-an-email", name: "", role: "owner" });
    expect(Object.keys(issuesByField(bad.error!)).sort()).toEqual(["email", "name", "role"]);
  });

  it("does not throw on missing fields", () => {
    expect(inviteUserSchema.safeParse({}).success).toBe(false);
  });
});

describe("user id and role forms", () => {
  it("coerces ids and refuses junk", () => {
    expect(changeRoleSchema.parse({ userId: "12", role: "admin" })).toEqual({ userId: 12, role: "admin" });
    for (const userId of ["", "0", "-1", "1.5", "abc", "99999999999"]) expect(changeRoleSchema.safeParse({ userId, role: "admin" }).success).toBe(false);
    expect(setDisabledSchema.parse({ userId: "3", disabled: "true" })).toEqual({ userId: 3, disabled: true });
    expect(setDisabledSchema.parse({ userId: "3", disabled: "false" })).toEqual({ userId: 3, disabled: false });
    expect(setDisabledSchema.safeParse({ userId: "3", disabled: "yes" }).success).toBe(false);
    expect(resetPasswordSchema.parse({ userId: "4", password: "" })).toEqual({ userId: 4, password: undefined });
  });
});

describe("changeOwnPasswordSchema", () => {
  const good = { currentPassword: "old-password-123", newPassword: "new-password-456", confirmPassword: "new-password-456" };

  it("accepts a new, confirmed password", () => {
    expect(changeOwnPasswordSchema.parse(good)).toEqual(good);
  });

  it("refuses a mismatch, a reused password, a short one and one of spaces only", () => {
    expect(issuesByField(changeOwnPasswordSchema.safeParse({ ...good, confirmPassword: "other" }).error!)).toHaveProperty("confirmPassword");
    const same = { currentPassword: good.newPassword, newPassword: good.newPassword, confirmPassword: good.newPassword };
    expect(issuesByField(changeOwnPasswordSchema.safeParse(same).error!)).toHaveProperty("newPassword");
    expect(issuesByField(changeOwnPasswordSchema.safeParse({ ...good, newPassword: "short", confirmPassword: "short" }).error!)).toHaveProperty("newPassword");
    const spaces = " ".repeat(20);
    expect(issuesByField(changeOwnPasswordSchema.safeParse({ ...good, newPassword: spaces, confirmPassword: spaces }).error!)).toHaveProperty("newPassword");
    expect(issuesByField(changeOwnPasswordSchema.safeParse({ ...good, currentPassword: "" }).error!)).toHaveProperty("currentPassword");
  });
});
