// Form input of the users and account pages. Everything arrives as strings.
import { z } from "zod";
import { idField } from "@/lib/admin/forms";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords";

export const MAX_PASSWORD_LENGTH = 256;

export const staffRoles = ["admin", "editor"] as const;

const userId = idField("Choose a user.");

const role = z.enum(staffRoles, { error: "Choose admin or editor." });

const newPassword = z
  .string({ error: `Enter a password of at least ${MIN_PASSWORD_LENGTH} characters.` })
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`)
  .refine((p) => p.trim().length > 0, "A password cannot be only spaces.");

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
      .string({ error: "Enter an email address." })
      .trim()
      .min(1, "Enter an email address.")
      .max(254, "An email address has at most 254 characters.")
      .pipe(z.email("Enter an email address like name@example.com.")),
    name: z
      .string({ error: "Enter the person's name." })
      .trim()
      .min(1, "Enter the person's name.")
      .max(120, "Use at most 120 characters."),
    role,
    password: temporaryPassword,
  });

export const changeRoleSchema = z.object({ userId, role });

export const setDisabledSchema = z.object({
  userId,
  disabled: z.enum(["true", "false"], { error: "Choose disable or enable." }).transform((v) => v === "true"),
});

export const resetPasswordSchema = z.object({ userId, password: temporaryPassword });

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "Enter your current password." })
      .min(1, "Enter your current password.")
      .max(MAX_PASSWORD_LENGTH, "Enter your current password."),
    newPassword,
    confirmPassword: z.string({ error: "Type the new password again." }),
  })
  .superRefine((data, ctx) => {
    if (data.confirmPassword !== data.newPassword)
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two new passwords are not the same." });
    if (data.newPassword === data.currentPassword)
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "Choose a password different from the current one." });
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
