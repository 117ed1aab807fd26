"use server";
// A signed-in staff member changes their own password, through the one admin
// write path (lib/admin/write-action.ts). The current password is required (a
// session left open on a shared computer must not be enough), and the new one
// ends every other session but keeps this one.
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { getStaffPasswordHash, setStaffPassword } from "@/db/queries/staff-users";
import type { LiveSession } from "@/db/queries/staff";
import { clientIp } from "@/lib/auth/client-info";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { admitSignInAttempt, retryAfterMinutes, settleSignInAttempt } from "@/lib/auth/throttle";
import { readTextFields } from "@/lib/admin/forms";
import { adminWrite, type Refusal } from "@/lib/admin/write-action";
import { adminText } from "@/lib/i18n/admin-text";
import { changeOwnPasswordSchema, MAX_PASSWORD_LENGTH, type UserFormState } from "@/lib/validation/users";

const NOT_CHANGED = "account.notChanged";

/**
 * A wrong current password counts as a failed sign-in: someone holding an open
 * session cannot guess the password here faster than at sign-in. As at sign-in,
 * the attempt is admitted (and counted, as pending) under the throttle's lock
 * before the password is checked, so parallel guesses cannot pass together.
 */
async function checkCurrentPassword(currentPassword: string, session: LiveSession): Promise<Refusal | null> {
  const db = await getDb();
  const admission = await admitSignInAttempt(db, session.email.toLowerCase(), clientIp(await headers()));
  if (!admission.allowed) {
    const { t } = await adminText("account");
    return { ok: false, message: t("tooManyWrong", { minutes: retryAfterMinutes(admission.retryAfterSeconds) }) };
  }
  const currentOk = await verifyPassword(await getStaffPasswordHash(db, session.userId), currentPassword);
  await settleSignInAttempt(db, admission.attemptId, currentOk);
  return currentOk ? null : { ok: false, errors: { currentPassword: ["account.wrongCurrent"] }, message: NOT_CHANGED };
}

export async function changeOwnPassword(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  // A little over the longest password, so "too long" is about what was typed.
  const cap = MAX_PASSWORD_LENGTH + 1;
  const outcome = await adminWrite({
    role: "editor",
    // The one action someone with a temporary password may take: choosing their own.
    allowTemporaryPassword: true,
    name: "changeOwnPassword",
    schema: changeOwnPasswordSchema,
    input: readTextFields(formData, { currentPassword: cap, newPassword: cap, confirmPassword: cap }),
    verify: ({ currentPassword }, session) => checkCurrentPassword(currentPassword, session),
    change: async (tx, { newPassword }, session) => {
      const result = await setStaffPassword(tx, session.userId, { passwordHash: await hashPassword(newPassword), mustChangePassword: false, keepSessionId: session.sessionId });
      if (!result.ok) return { ok: false, message: "account.accountGone" };
      return {
        ok: true,
        value: { wasTemporary: session.mustChangePassword },
        audit: { action: "change_password", entity: "staff_user", entityId: result.user.id, summary: { email: result.user.email, own: true } },
        stale: null,
      };
    },
  });
  const { t } = await adminText("account");
  // Passwords are never sent back to the browser: the fields start empty again.
  if (!outcome.ok) {
    if (outcome.unavailable) return { message: t("databaseDown") };
    return outcome.errors ? { errors: outcome.errors, message: t("notChanged") } : { message: outcome.message };
  }
  // The client must drop the layout it holds (it showed only this form) and render afresh.
  refresh();
  // A temporary password was replaced: carry on to the admin area.
  if (outcome.value.wasTemporary) redirect("/admin");
  return { notice: t("changed") };
}
