import { notFound } from "next/navigation";
import { SiteTime } from "@/components/admin/audit-time";
import { UserStatus, userStatusWords } from "@/components/admin/user-status";
import { getDb } from "@/db";
import type { StaffOverview } from "@/db/queries/staff";
import { getStaffOverview } from "@/db/queries/staff-users";
import { getTwoFactor } from "@/db/queries/two-factor";
import type { StaffTwoFactor } from "@/db/schema";
import { parseId } from "@/lib/admin/forms";
import { requireRole } from "@/lib/auth/dal";
import { adminText } from "@/lib/i18n/admin-text";
import { changeUserRole, resetUserPassword, setUserDisabled } from "../actions";
import { resetUserTwoFactor } from "../two-factor-actions";
import { ResetPasswordForm, ResetTwoFactorForm, RoleForm, StatusForm } from "./user-forms";
import "../users.css";

export async function generateMetadata() {
  return { title: (await adminText("users")).t("manageTitle") };
}

export default async function ManageUserPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireRole("admin");
  const { locale, t } = await adminText("users");
  const id = parseId((await params).id);
  if (id === null) notFound();
  let user: StaffOverview | null;
  let twoFactor: StaffTwoFactor | null;
  try {
    const db = await getDb();
    [user, twoFactor] = await Promise.all([getStaffOverview(db, id), getTwoFactor(db, id)]);
  } catch (error) {
    console.error("loading a staff user failed:", error);
    return (
      <p className="form-error" role="alert">
        {t("userLoadFailed")}
      </p>
    );
  }
  if (!user) notFound();
  const isSelf = user.id === session.userId;
  return (
    <div className="users-narrow">
      <p>
        <a href="/admin/users">{t("allUsers")}</a>
      </p>
      <h1>{user.name}</h1>
      <dl className="user-facts">
        <dt>{t("facts.email")}</dt>
        <dd>{user.email}</dd>
        <dt>{t("facts.role")}</dt>
        <dd>{t(`roles.${user.role}`)}</dd>
        <dt>{t("facts.status")}</dt>
        <dd>
          <UserStatus user={user} words={userStatusWords(t)} />
        </dd>
        <dt>{t("facts.twoFactor")}</dt>
        <dd>{t(twoFactor?.confirmedAt ? "twoFactorOn" : twoFactor ? "twoFactorSettingUp" : "twoFactorOff")}</dd>
        <dt>{t("facts.lastSignIn")}</dt>
        <dd>{user.lastLoginAt ? <SiteTime date={user.lastLoginAt} locale={locale} /> : t("never")}</dd>
        <dt>{t("facts.added")}</dt>
        <dd>
          <SiteTime date={user.createdAt} locale={locale} />
        </dd>
      </dl>
      {isSelf ? (
        <p className="form-notice">
          {t.rich("isSelf", { link: (chunks) => <a href="/admin/account">{chunks}</a> })}
        </p>
      ) : null}
      <RoleForm action={changeUserRole} userId={user.id} role={user.role} />
      <StatusForm action={setUserDisabled} userId={user.id} disabled={user.disabledAt !== null} email={user.email} />
      {isSelf ? null : <ResetPasswordForm action={resetUserPassword} userId={user.id} />}
      {isSelf || !twoFactor ? null : <ResetTwoFactorForm action={resetUserTwoFactor} userId={user.id} email={user.email} />}
    </div>
  );
}
