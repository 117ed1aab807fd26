import type { Metadata } from "next";
import { SiteTime } from "@/components/admin/audit-time";
import { UserStatus } from "@/components/admin/user-status";
import { getDb } from "@/db";
import type { StaffOverview } from "@/db/queries/staff";
import { listStaffOverview } from "@/db/queries/staff-users";
import { usersWithTwoFactor } from "@/db/queries/two-factor";
import { requireRole } from "@/lib/auth/dal";
import "./users.css";

export const metadata: Metadata = { title: "Users" };

export default async function AdminUsersPage() {
  const session = await requireRole("admin");
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
        <h1>Users</h1>
        <a className="button button--primary" href="/admin/users/new">
          Invite a user
        </a>
      </div>
      <p className="field-hint">
        Editors manage news and partners. Admins can also manage users and read the audit log. Times are Moscow time.
      </p>
      {users === null ? (
        <p className="form-error" role="alert">
          The list of users could not be loaded: the database did not answer. Reload the page in a moment.
        </p>
      ) : (
        <div className="users-table-wrap">
          <table className="admin-table">
            <caption className="sr-only">Staff users</caption>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Two-factor</th>
                <th scope="col">Last sign-in</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <td>
                    {user.email}
                    {user.id === session.userId ? <span className="field-hint"> (you)</span> : null}
                  </td>
                  <td>{user.name}</td>
                  <td>{user.role}</td>
                  <td>
                    <UserStatus user={user} />
                  </td>
                  {/* Admins must have it: one without is sent to set it up at their next page. */}
                  <td>{withTwoFactor.has(user.id) ? "On" : user.role === "admin" ? "Off (required)" : "Off"}</td>
                  <td>{user.lastLoginAt ? <SiteTime date={user.lastLoginAt} /> : "Never"}</td>
                  <td>
                    <a href={`/admin/users/${user.id}`} aria-label={`Manage ${user.email}`}>
                      Manage
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
