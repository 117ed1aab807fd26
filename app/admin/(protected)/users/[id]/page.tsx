import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SiteTime } from "@/components/admin/audit-time";
import { UserStatus } from "@/components/admin/user-status";
import { getDb } from "@/db";
import type { StaffOverview } from "@/db/queries/staff";
import { getStaffOverview } from "@/db/queries/staff-users";
import { getTwoFactor } from "@/db/queries/two-factor";
import type { StaffTwoFactor } from "@/db/schema";
import { parseId } from "@/lib/admin/forms";
import { requireRole } from "@/lib/auth/dal";
import { changeUserRole, resetUserPassword, setUserDisabled } from "../actions";
import { resetUserTwoFactor } from "../two-factor-actions";
import { ResetPasswordForm, ResetTwoFactorForm, RoleForm, StatusForm } from "./user-forms";
import "../users.css";

export const metadata: Metadata = { title: "Manage user" };

export default async function ManageUserPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireRole("admin");
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
        This user could not be loaded: the database did not answer. Reload the page in a moment.
      </p>
    );
  }
  if (!user) notFound();
  const isSelf = user.id === session.userId;
  return (
    <div className="users-narrow">
      <p>
        <a href="/admin/users">← All users</a>
      </p>
      <h1>{user.name}</h1>
      <dl className="user-facts">
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{user.role}</dd>
        <dt>Status</dt>
        <dd>
          <UserStatus user={user} />
        </dd>
        <dt>Two-factor sign-in</dt>
        <dd>{twoFactor?.confirmedAt ? "On" : twoFactor ? "Being set up" : "Off"}</dd>
        <dt>Last sign-in</dt>
        <dd>{user.lastLoginAt ? <SiteTime date={user.lastLoginAt} /> : "Never"}</dd>
        <dt>Added</dt>
        <dd>
          <SiteTime date={user.createdAt} />
        </dd>
      </dl>
      {isSelf ? (
        <p className="form-notice">
          This is you. Changing your own role or disabling yourself signs you out. To change your password, use{" "}
          <a href="/admin/account">My account</a>.
        </p>
      ) : null}
      <RoleForm action={changeUserRole} userId={user.id} role={user.role} />
      <StatusForm action={setUserDisabled} userId={user.id} disabled={user.disabledAt !== null} email={user.email} />
      {isSelf ? null : <ResetPasswordForm action={resetUserPassword} userId={user.id} />}
      {isSelf || !twoFactor ? null : <ResetTwoFactorForm action={resetUserTwoFactor} userId={user.id} email={user.email} />}
    </div>
  );
}
