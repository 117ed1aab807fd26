import { describe, expect, it } from "vitest";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords";
import { issuesByField } from "@/lib/admin/forms";
import { translateMessage } from "@/lib/i18n/admin-errors";
import { adminMessages } from "@/messages/admin";
import { changeOwnPasswordSchema, changeRoleSchema, inviteUserSchema, MAX_PASSWORD_LENGTH, resetPasswordSchema, setDisabledSchema } from "./users";

/** A refusal's field messages as the reader sees them (the schema carries keys; adminWrite words them). */
function worded(locale: "en" | "ru", errors: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, messages.map((m) => translateMessage(locale, m))]));
}

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
    expect(worded("en", issuesByField(bad.error!))).toEqual({ password: [`Use at least ${MIN_PASSWORD_LENGTH} characters.`] });
    expect(worded("ru", issuesByField(bad.error!))).toEqual({ password: [`Используйте не меньше ${MIN_PASSWORD_LENGTH} символов.`] });
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

describe("the users and account messages in both languages", () => {
  it("a bad invite is refused field by field in English and in Russian", () => {
    const errors = issuesByField(inviteUserSchema.safeParse({ email: "name@example", name: "  ", role: "owner" }).error!);
    expect(worded("en", errors)).toEqual({
      email: ["Enter an email address like name@example.com."],
      name: ["Enter the person's name."],
      role: ["Choose admin or editor."],
    });
    expect(worded("ru", errors)).toEqual({
      email: ["Введите адрес почты вида name@example.com."],
      name: ["Введите имя."],
      role: ["Выберите роль: администратор или редактор."],
    });
  });

  it("a changed own password is refused in both languages", () => {
    const errors = issuesByField(changeOwnPasswordSchema.safeParse({ currentPassword: "", newPassword: "short", confirmPassword: "other" }).error!);
    expect(worded("en", errors)).toEqual({
      currentPassword: ["Enter your current password."],
      newPassword: [`Use at least ${MIN_PASSWORD_LENGTH} characters.`],
      confirmPassword: ["The two new passwords are not the same."],
    });
    expect(worded("ru", errors)).toEqual({
      currentPassword: ["Введите текущий пароль."],
      newPassword: [`Используйте не меньше ${MIN_PASSWORD_LENGTH} символов.`],
      confirmPassword: ["Новые пароли не совпадают."],
    });
    expect(worded("ru", issuesByField(changeRoleSchema.safeParse({ userId: "x", role: "admin" }).error!))).toEqual({ userId: ["Выберите пользователя."] });
  });

  it("every message the schemas can give is a key with words in both languages", () => {
    // A key that is missing from the messages would reach the reader as "users.errors.…".
    for (const locale of ["en", "ru"] as const) {
      for (const key of Object.keys(adminMessages.en.users.errors)) expect(translateMessage(locale, `users.errors.${key}`)).not.toMatch(/^users\./);
    }
  });

  it("the lengths written in the messages are the ones the schema checks", () => {
    // The messages are worded without arguments (a key carries none), so the numbers are in the text.
    for (const locale of ["en", "ru"] as const) {
      const errors = adminMessages[locale].users.errors;
      expect(errors.passwordMissing).toContain(String(MIN_PASSWORD_LENGTH));
      expect(errors.passwordShort).toContain(String(MIN_PASSWORD_LENGTH));
      expect(errors.passwordLong).toContain(String(MAX_PASSWORD_LENGTH));
    }
  });
});
