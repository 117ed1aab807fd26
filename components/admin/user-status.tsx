import type { StaffOverview } from "@/db/queries/staff";

type StatusWords = { disabled: string; active: string; temporaryPassword: string };

/** The badges' words from a users translator (server pages pass adminText("users")'s t). */
export function userStatusWords(t: (key: "status.disabled" | "status.active" | "status.temporaryPassword") => string): StatusWords {
  return { disabled: t("status.disabled"), active: t("status.active"), temporaryPassword: t("status.temporaryPassword") };
}

/** Enabled/disabled, and whether a temporary password is still waiting to be replaced. */
export function UserStatus({ user, words }: { user: Pick<StaffOverview, "disabledAt" | "mustChangePassword">; words: StatusWords }) {
  return (
    <span className="user-status">
      {user.disabledAt ? <span className="badge user-badge--disabled">{words.disabled}</span> : <span className="badge badge--published">{words.active}</span>}
      {user.mustChangePassword && !user.disabledAt ? <span className="badge badge--scheduled">{words.temporaryPassword}</span> : null}
    </span>
  );
}
