import { SiteTime } from "@/components/admin/audit-time";
import { UserStatus, userStatusWords } from "@/components/admin/user-status";
import { getDb } from "@/db";
import type { StaffOverview } from "@/db/queries/staff";
import { listStaffOverview } from "@/db/queries/staff-users";
import { usersWithTwoFactor } from "@/db/queries/two-factor";
import { requireRole } from "@/lib/auth/dal";
import { adminText } from "@/lib/i18n/admin-text";
import "./users.css";

export async function generateMetadata() {
  return { title: (await adminText("users")).t("title") };
}

export default async function AdminUsersPage() {
  const session = await requireRole("admin");
  const { locale, t } = await adminText("users");
  let users: StaffOverview[] | null = null;
  let withTwoFactor = new Set<number>();
  try {
    const db = await getDb();
    [users, withTwoFactor] = await Promise.all([listStaffOverview(db), usersWithTwoFactor(db)]);
  } catch (error) {
    console.error("listing staff failed:", error);
  }
  return (
    <>
      <div className="users-heading">
        <h1>{t("title")}</h1>
        <a className="button button--primary" href="/admin/users/new">
          {t("invite")}
        </a>
      </div>
      <p className="field-hint">
        {t("intro")}
      </p>
      {users === null ? (
        <p className="form-error" role="alert">
          {t("loadFailed")}
        </p>
      ) : (
        <div className="users-table-wrap">
          <table className="admin-table">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.email")}</th>
                <th scope="col">{t("columns.name")}</th>
                <th scope="col">{t("columns.role")}</th>
                <th scope="col">{t("columns.status")}</th>
                <th scope="col">{t("columns.twoFactor")}</th>
                <th scope="col">{t("columns.lastSignIn")}</th>
                <th scope="col">
                  <span className="sr-only">{t("columns.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <td>
                    {user.email}
                    {user.id === session.userId ? <span className="field-hint">{t("you")}</span> : null}
                  </td>
                  <td>{user.name}</td>
                  <td>{t(`roles.${user.role}`)}</td>
                  <td>
                    <UserStatus user={user} words={userStatusWords(t)} />
                  </td>
                  {/* Admins must have it: one without is sent to set it up at their next page. */}
                  <td>{t(withTwoFactor.has(user.id) ? "twoFactorOn" : user.role === "admin" ? "twoFactorRequired" : "twoFactorOff")}</td>
                  <td>{user.lastLoginAt ? <SiteTime date={user.lastLoginAt} locale={locale} /> : t("never")}</td>
                  <td>
                    <a href={`/admin/users/${user.id}`} aria-label={t("manageLabel", { email: user.email })}>
                      {t("manage")}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
