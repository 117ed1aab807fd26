// Form input of the users and account pages. Everything arrives as strings.
// Messages are keys into messages/admin/<locale>/users.json: the write path
// (adminWrite) puts them into the reader's language (lib/i18n/admin-errors.ts).
// The lengths in those texts are MIN_PASSWORD_LENGTH and MAX_PASSWORD_LENGTH
// (users.test.ts checks that they agree).
import { z } from "zod";
import { idField } from "@/lib/admin/forms";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords";

export const MAX_PASSWORD_LENGTH = 256;

const staffRoles = ["admin", "editor"] as const;

const userId = idField("users.errors.chooseUser");

const role = z.enum(staffRoles, { error: "users.errors.chooseRole" });

const newPassword = z
  .string({ error: "users.errors.passwordMissing" })
  .min(MIN_PASSWORD_LENGTH, "users.errors.passwordShort")
  .max(MAX_PASSWORD_LENGTH, "users.errors.passwordLong")
  .refine((p) => p.trim().length > 0, "users.errors.passwordSpaces");

/** Left empty, the server generates one and shows it once; typed, it must be a valid password. */
const temporaryPassword = z
  .string()
  .trim()
  .optional()
  .transform((p) => (p ? p : undefined))
  .pipe(newPassword.optional());

export const inviteUserSchema = z
  .object({
    email: z
      .string({ error: "users.errors.emailMissing" })
      .trim()
      .min(1, "users.errors.emailMissing")
      .max(254, "users.errors.emailTooLong")
      .pipe(z.email("users.errors.emailInvalid")),
    name: z
      .string({ error: "users.errors.nameMissing" })
      .trim()
      .min(1, "users.errors.nameMissing")
      .max(120, "users.errors.nameTooLong"),
    role,
    password: temporaryPassword,
  });

export const changeRoleSchema = z.object({ userId, role });

export const setDisabledSchema = z.object({
  userId,
  disabled: z.enum(["true", "false"], { error: "users.errors.chooseDisable" }).transform((v) => v === "true"),
});

export const resetPasswordSchema = z.object({ userId, password: temporaryPassword });

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "users.errors.currentMissing" })
      .min(1, "users.errors.currentMissing")
      .max(MAX_PASSWORD_LENGTH, "users.errors.currentMissing"),
    newPassword,
    confirmPassword: z.string({ error: "users.errors.confirmMissing" }),
  })
  .superRefine((data, ctx) => {
    if (data.confirmPassword !== data.newPassword)
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "users.errors.confirmDifferent" });
    if (data.newPassword === data.currentPassword)
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "users.errors.sameAsCurrent" });
  });

/** What the users and account actions answer, for useActionState. */
export type UserFormState = {
  errors?: Record<string, string[]>;
  /** A problem with the whole form, shown in the summary. */
  message?: string;
  /** Success. */
  notice?: string;
  /** The submitted fields, so the form keeps what was typed (passwords of the signed-in user are never sent back). */
  values?: Record<string, string>;
  /** A generated temporary password, shown once right after it was set. */
  temporaryPassword?: string;
  /** The user just created, for a link to them. */
  userId?: number;
};
