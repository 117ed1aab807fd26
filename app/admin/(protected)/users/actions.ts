"use server";
// Staff management: admins only, each action through the one admin write path
// (lib/admin/write-action.ts): the admin role, zod, the change of the user and
// its audit entry in one transaction, no cache expiry (staff data is never
// public), and a typed result. No password or hash goes into the audit log.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { changeStaffRole, createStaffUser, setStaffDisabled, setStaffPassword, type StaffChangeResult } from "@/db/queries/staff-users";
import { hashPassword } from "@/lib/auth/passwords";
import { readTextFields } from "@/lib/admin/forms";
import { adminWrite, type Done, type Refusal, type WriteOutcome } from "@/lib/admin/write-action";
import {
  changeRoleSchema,
  inviteUserSchema,
  resetPasswordSchema,
  setDisabledSchema,
  type UserFormState,
} from "@/lib/validation/users";
import { adminText } from "@/lib/i18n/admin-text";
import { generateTemporaryPassword } from "./temporary-password";

/** A refused change as the users forms show it: field errors with the summary line, or one message (adminWrite has worded it already). */
async function refusedState(outcome: Refusal<unknown>, values?: Record<string, string>): Promise<UserFormState> {
  const { t } = await adminText("users");
  if (outcome.unavailable) return { message: t("refusals.databaseDown"), values };
  if (outcome.errors) return { errors: outcome.errors, message: t("refusals.fixFields"), values };
  return { message: outcome.message, values };
}

/** The password to set: the one typed, or a generated one shown once. */
function chosenPassword(typed: string | undefined): { password: string; generated: boolean } {
  return typed === undefined ? { password: generateTemporaryPassword(), generated: true } : { password: typed, generated: false };
}

export async function inviteUser(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const values = readTextFields(formData, { email: 1_000, name: 1_000, role: 20, password: 1_000 });
  const outcome = await adminWrite({
    role: "admin",
    name: "inviteUser",
    schema: inviteUserSchema,
    input: values,
    change: async (tx, { email, name, role, password: typed }) => {
      const { password, generated } = chosenPassword(typed);
      const result = await createStaffUser(tx, { email, name, role, passwordHash: await hashPassword(password), mustChangePassword: true });
      if (!result.ok) return { ok: false, errors: { email: ["users.refusals.emailTaken"] } };
      const { user } = result;
      return {
        ok: true,
        value: { user, password, generated },
        audit: { action: "create", entity: "staff_user", entityId: user.id, summary: { email: user.email, name: user.name, role: user.role, temporaryPassword: generated ? "generated" : "typed" } },
        stale: null,
      };
    },
  });
  if (!outcome.ok) return refusedState(outcome, values);
  const { user, password, generated } = outcome.value;
  refresh();
  const { t } = await adminText("users");
  return {
    notice: t(generated ? "done.invitedGenerated" : "done.invitedTyped", { name: user.name, email: user.email }),
    temporaryPassword: generated ? password : undefined,
    userId: user.id,
  };
}

const USER_GONE = "users.refusals.userGone";

type PerUserMessages = { lastAdmin: string; unchanged: string };

/** A staff query's outcome inside the write path: a refusal in words, or the change with its audit entry. */
function staffChange(result: StaffChangeResult, messages: PerUserMessages, audit: (user: Extract<StaffChangeResult, { ok: true }>) => Done<null>["audit"]): Done<null> | Refusal {
  if (!result.ok) {
    return { ok: false, message: result.reason === "last_admin" ? messages.lastAdmin : result.reason === "unchanged" ? messages.unchanged : USER_GONE };
  }
  return { ok: true, value: null, audit: audit(result), stale: null };
}

/** Common tail of the per-user actions: sign-out when you ended your own session, else the notice. */
async function answer(outcome: WriteOutcome<null>, done: string, endsOwnSession: boolean, values?: Record<string, string>): Promise<UserFormState> {
  if (!outcome.ok) return refusedState(outcome, values);
  // Your own session was just ended: the sign-in page is the only sensible place to go.
  if (endsOwnSession) redirect("/admin/login");
  refresh();
  return { notice: done };
}

export async function changeUserRole(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const values = readTextFields(formData, { userId: 20, role: 20 });
  let ownSession = false;
  const { t } = await adminText("users");
  const outcome = await adminWrite({
    role: "admin",
    name: "changeUserRole",
    schema: changeRoleSchema,
    input: values,
    change: async (tx, { userId, role }, session) => {
      ownSession = userId === session.userId;
      const result = await changeStaffRole(tx, userId, role);
      return staffChange(
        result,
        { lastAdmin: "users.refusals.lastAdminRole", unchanged: t("refusals.roleUnchanged", { role: t(`roles.${role}`) }) },
        ({ user, before }) => ({ action: "change_role", entity: "staff_user", entityId: user.id, summary: { email: user.email, from: before.role, to: user.role } }),
      );
    },
  });
  // Only a valid role gets this far with ok: the notice names it in the reader's words.
  const changedTo = values.role === "admin" || values.role === "editor" ? t(`roles.${values.role}`) : values.role;
  return answer(outcome, t("done.roleChanged", { role: changedTo }), ownSession, outcome.ok ? undefined : values);
}

export async function setUserDisabled(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const values = readTextFields(formData, { userId: 20, disabled: 10 });
  let disabling = false;
  let ownSession = false;
  const outcome = await adminWrite({
    role: "admin",
    name: "setUserDisabled",
    schema: setDisabledSchema,
    input: values,
    change: async (tx, { userId, disabled }, session) => {
      disabling = disabled;
      ownSession = disabled && userId === session.userId;
      const result = await setStaffDisabled(tx, userId, disabled);
      return staffChange(
        result,
        {
          lastAdmin: "users.refusals.lastAdminDisable",
          unchanged: disabled ? "users.refusals.alreadyDisabled" : "users.refusals.alreadyEnabled",
        },
        ({ user }) => ({ action: disabled ? "disable" : "enable", entity: "staff_user", entityId: user.id, summary: { email: user.email } }),
      );
    },
  });
  const { t } = await adminText("users");
  if (!outcome.ok && outcome.errors) return { errors: outcome.errors, message: t("refusals.notUnderstood") };
  const done = t(disabling ? "done.disabled" : "done.enabled");
  return answer(outcome, done, ownSession);
}

export async function resetUserPassword(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const values = readTextFields(formData, { userId: 20, password: 1_000 });
  const outcome = await adminWrite({
    role: "admin",
    name: "resetUserPassword",
    schema: resetPasswordSchema,
    input: values,
    change: async (tx, { userId, password: typed }, session) => {
      if (userId === session.userId) {
        return { ok: false, message: "users.refusals.resetOwnPassword" };
      }
      const { password, generated } = chosenPassword(typed);
      const result = await setStaffPassword(tx, userId, { passwordHash: await hashPassword(password), mustChangePassword: true });
      if (!result.ok) return { ok: false, message: USER_GONE };
      const { user } = result;
      return {
        ok: true,
        value: { password, generated },
        audit: { action: "reset_password", entity: "staff_user", entityId: user.id, summary: { email: user.email, temporaryPassword: generated ? "generated" : "typed" } },
        stale: null,
      };
    },
  });
  if (!outcome.ok) return refusedState(outcome, values);
  const { password, generated } = outcome.value;
  refresh();
  const { t } = await adminText("users");
  return {
    notice: t(generated ? "done.resetGenerated" : "done.resetTyped"),
    temporaryPassword: generated ? password : undefined,
  };
}
