"use server";
// An admin resets another staff member's second factor (a lost phone): it is
// removed with its recovery codes, and every session of that user ends. Through
// adminWrite, admins only; the audit entry names the user.
import { z } from "zod";
import { getStaffOverview } from "@/db/queries/staff-users";
import { resetTwoFactor } from "@/db/queries/two-factor";
import { idField } from "@/lib/admin/forms";
import { adminWrite, refuse } from "@/lib/admin/write-action";
import { adminText } from "@/lib/i18n/admin-text";

export type ResetTwoFactorState = { message?: string; notice?: string };

const schema = z.object({ userId: idField("users.errors.chooseUser") });

export async function resetUserTwoFactor(_previous: ResetTwoFactorState, formData: FormData): Promise<ResetTwoFactorState> {
  const { t } = await adminText("users");
  const result = await adminWrite({
    name: "resetUserTwoFactor",
    role: "admin",
    schema,
    input: { userId: formData.get("userId") ?? undefined },
    change: async (tx, { userId }, session) => {
      if (userId === session.userId) return refuse(null, "users.refusals.resetOwnTwoFactor");
      const user = await getStaffOverview(tx, userId);
      if (!user) return refuse(null, "users.refusals.userGone");
      if (!(await resetTwoFactor(tx, userId))) return refuse(null, t("refusals.noTwoFactor", { email: user.email }));
      return { ok: true, value: user.email, stale: null, audit: { action: "two_factor.reset", entity: "staff_user", entityId: userId, summary: { email: user.email } } };
    },
  });
  if (!result.ok) return { message: result.message ?? Object.values(result.errors ?? {}).flat()[0] };
  return { notice: t("done.twoFactorReset", { email: result.value }) };
}
