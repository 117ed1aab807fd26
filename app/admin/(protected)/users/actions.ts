"use server";
// Staff management: admins only. Each action checks the role itself first,
// parses with zod, changes the user and writes the audit entry in one
// transaction (db/queries/staff-users.ts), and never puts a password or hash into
// the audit log.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { changeStaffRole, createStaffUser, setStaffDisabled, setStaffPassword, type StaffChangeResult } from "@/db/queries/staff-users";
import { recordAudit } from "@/lib/audit";
import { requireRole } from "@/lib/auth/dal";
import { hashPassword } from "@/lib/auth/passwords";
import { issuesByField, readTextFields } from "@/lib/admin/forms";
import {
  changeRoleSchema,
  inviteUserSchema,
  resetPasswordSchema,
  setDisabledSchema,
  type UserFormState,
} from "@/lib/validation/users";
import { generateTemporaryPassword } from "./temporary-password";

const FIX_FIELDS = "Some fields need attention. Nothing was saved.";
const DATABASE_DOWN = "The change could not be saved: the database did not answer. Try again in a moment.";

export async function inviteUser(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const session = await requireRole("admin");
  const values = readTextFields(formData, { email: 1_000, name: 1_000, role: 20, password: 1_000 });
  const parsed = inviteUserSchema.safeParse(values);
  if (!parsed.success) return { errors: issuesByField(parsed.error), message: FIX_FIELDS, values };
  const { email, name, role } = parsed.data;
  const generated = parsed.data.password === undefined;
  const password = parsed.data.password ?? generateTemporaryPassword();
  try {
    const db = await getDb();
    const result = await createStaffUser(db, { email, name, role, passwordHash: await hashPassword(password), mustChangePassword: true }, (tx, user) =>
      recordAudit(tx, session, {
        action: "create",
        entity: "staff_user",
        entityId: user.id,
        summary: { email: user.email, name: user.name, role: user.role, temporaryPassword: generated ? "generated" : "typed" },
      }),
    );
    if (!result.ok) {
      return { errors: { email: ["A user with this email already exists (letter case does not matter)."] }, message: FIX_FIELDS, values };
    }
    refresh();
    return {
      notice: generated
        ? `${result.user.name} can now sign in as ${result.user.email} with the temporary password below, then must choose their own.`
        : `${result.user.name} can now sign in as ${result.user.email} with the password you typed, then must choose their own.`,
      temporaryPassword: generated ? password : undefined,
      userId: result.user.id,
    };
  } catch (error) {
    console.error("inviteUser failed:", error);
    return { message: DATABASE_DOWN, values };
  }
}

const USER_GONE = "This user no longer exists.";

/** Common tail of the per-user actions: messages for refusals, sign-out when you ended your own session. */
function answer(result: StaffChangeResult, messages: { lastAdmin: string; unchanged: string; done: string }, endsOwnSession: boolean): UserFormState {
  if (!result.ok) {
    const message = result.reason === "last_admin" ? messages.lastAdmin : result.reason === "unchanged" ? messages.unchanged : USER_GONE;
    return { message };
  }
  // Your own session was just ended: the sign-in page is the only sensible place to go.
  if (endsOwnSession) redirect("/admin/login");
  refresh();
  return { notice: messages.done };
}

export async function changeUserRole(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const session = await requireRole("admin");
  const values = readTextFields(formData, { userId: 20, role: 20 });
  const parsed = changeRoleSchema.safeParse(values);
  if (!parsed.success) return { errors: issuesByField(parsed.error), message: FIX_FIELDS, values };
  const { userId, role } = parsed.data;
  let result: StaffChangeResult;
  try {
    result = await changeStaffRole(await getDb(), userId, role, async (tx, user, before) => {
      await recordAudit(tx, session, { action: "change_role", entity: "staff_user", entityId: user.id, summary: { email: user.email, from: before.role, to: user.role } });
    });
  } catch (error) {
    console.error("changeUserRole failed:", error);
    return { message: DATABASE_DOWN, values };
  }
  const state = answer(
    result,
    {
      lastAdmin: "This is the last admin. Make another user an admin first, then change this role.",
      unchanged: `This user is already an ${role}.`,
      done: `Role changed to ${role}. Their open sessions have ended; they sign in again to continue.`,
    },
    result.ok && userId === session.userId,
  );
  return { ...state, values: state.message ? values : undefined };
}

export async function setUserDisabled(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const session = await requireRole("admin");
  const values = readTextFields(formData, { userId: 20, disabled: 10 });
  const parsed = setDisabledSchema.safeParse(values);
  if (!parsed.success) return { errors: issuesByField(parsed.error), message: "Nothing was changed: the request was not understood. Reload the page and try again." };
  const { userId, disabled } = parsed.data;
  let result: StaffChangeResult;
  try {
    result = await setStaffDisabled(await getDb(), userId, disabled, async (tx, user) => {
      await recordAudit(tx, session, { action: disabled ? "disable" : "enable", entity: "staff_user", entityId: user.id, summary: { email: user.email } });
    });
  } catch (error) {
    console.error("setUserDisabled failed:", error);
    return { message: DATABASE_DOWN };
  }
  return answer(
    result,
    {
      lastAdmin: "This is the last admin and cannot be disabled. Make another user an admin first.",
      unchanged: disabled ? "This user is already disabled." : "This user is already enabled.",
      done: disabled ? "User disabled. Their open sessions have ended and they can no longer sign in." : "User enabled. They can sign in again.",
    },
    result.ok && disabled && userId === session.userId,
  );
}

export async function resetUserPassword(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const session = await requireRole("admin");
  const values = readTextFields(formData, { userId: 20, password: 1_000 });
  const parsed = resetPasswordSchema.safeParse(values);
  if (!parsed.success) return { errors: issuesByField(parsed.error), message: FIX_FIELDS, values };
  const { userId } = parsed.data;
  if (userId === session.userId) {
    return { message: "To change your own password, use “My account”: it asks for your current password and keeps you signed in.", values };
  }
  const generated = parsed.data.password === undefined;
  const password = parsed.data.password ?? generateTemporaryPassword();
  let result: StaffChangeResult;
  try {
    result = await setStaffPassword(await getDb(), userId, { passwordHash: await hashPassword(password), mustChangePassword: true }, async (tx, user) => {
      await recordAudit(tx, session, {
        action: "reset_password",
        entity: "staff_user",
        entityId: user.id,
        summary: { email: user.email, temporaryPassword: generated ? "generated" : "typed" },
      });
    });
  } catch (error) {
    console.error("resetUserPassword failed:", error);
    return { message: DATABASE_DOWN, values };
  }
  if (!result.ok) return { message: USER_GONE, values };
  refresh();
  return {
    notice: generated
      ? "Password reset. Their open sessions have ended. Give them the temporary password below; they must choose their own after signing in."
      : "Password reset to the one you typed. Their open sessions have ended; they must choose their own after signing in.",
    temporaryPassword: generated ? password : undefined,
  };
}
