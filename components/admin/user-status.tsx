import type { StaffOverview } from "@/db/queries/staff";

/** Enabled/disabled, and whether a temporary password is still waiting to be replaced. */
export function UserStatus({ user }: { user: Pick<StaffOverview, "disabledAt" | "mustChangePassword"> }) {
  return (
    <span className="user-status">
      {user.disabledAt ? <span className="badge user-badge--disabled">Disabled</span> : <span className="badge badge--published">Active</span>}
      {user.mustChangePassword && !user.disabledAt ? <span className="badge badge--scheduled">Temporary password</span> : null}
    </span>
  );
}
