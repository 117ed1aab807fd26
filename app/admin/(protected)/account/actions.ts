"use server";
// A signed-in staff member changes their own password. The current password is
// required (a session left open on a shared computer must not be enough), and
// the new one ends every other session but keeps this one.
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { recordLoginAttempt } from "@/db/queries/login-attempts";
import { getStaffPasswordHash, setStaffPassword, type StaffChangeResult } from "@/db/queries/staff-users";
import { recordAudit } from "@/lib/audit";
import { clientIp } from "@/lib/auth/client-info";
import { requireRole } from "@/lib/auth/dal";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { checkSignInThrottle, retryAfterMinutes } from "@/lib/auth/throttle";
import { issuesByField, readTextFields } from "@/lib/admin/forms";
import { changeOwnPasswordSchema, MAX_PASSWORD_LENGTH, type UserFormState } from "@/lib/validation/users";

export async function changeOwnPassword(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const session = await requireRole("editor", { allowTemporaryPassword: true });
  // A little over the longest password, so "too long" is about what was typed.
  const cap = MAX_PASSWORD_LENGTH + 1;
  const parsed = changeOwnPasswordSchema.safeParse(readTextFields(formData, { currentPassword: cap, newPassword: cap, confirmPassword: cap }));
  // Passwords are never sent back to the browser: the fields start empty again.
  if (!parsed.success) return { errors: issuesByField(parsed.error), message: "Your password was not changed." };
  let result: StaffChangeResult;
  try {
    const db = await getDb();
    // A wrong current password counts as a failed sign-in: someone holding an
    // open session cannot guess the password here faster than at sign-in.
    const email = session.email.toLowerCase();
    const ip = clientIp(await headers());
    const verdict = await checkSignInThrottle(db, email, ip);
    if (!verdict.allowed) {
      const minutes = retryAfterMinutes(verdict.retryAfterSeconds);
      return { message: `Too many wrong passwords. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.` };
    }
    const currentOk = await verifyPassword(await getStaffPasswordHash(db, session.userId), parsed.data.currentPassword);
    if (!currentOk) {
      await recordLoginAttempt(db, { email, ip, success: false });
      return { errors: { currentPassword: ["This is not your current password."] }, message: "Your password was not changed." };
    }
    result = await setStaffPassword(
      db,
      session.userId,
      { passwordHash: await hashPassword(parsed.data.newPassword), mustChangePassword: false, keepSessionId: session.sessionId },
      async (tx, user) => {
        await recordAudit(tx, session, { action: "change_password", entity: "staff_user", entityId: user.id, summary: { email: user.email, own: true } });
      },
    );
  } catch (error) {
    console.error("changeOwnPassword failed:", error);
    return { message: "Your password was not changed: the database did not answer. Try again in a moment." };
  }
  if (!result.ok) return { message: "Your account no longer exists." };
  // The client must drop the layout it holds (it showed only this form) and render afresh.
  refresh();
  // A temporary password was replaced: carry on to the admin area.
  if (session.mustChangePassword) redirect("/admin");
  return { notice: "Your password has been changed. You were signed out on your other devices." };
}
