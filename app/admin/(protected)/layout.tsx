import { AdminShell } from "@/components/admin/admin-shell";
import { OwnPasswordForm } from "@/components/admin/user-own-password-form";
import { getDb } from "@/db";
import { getStaffOverview } from "@/db/queries/staff";
import { requireRole } from "@/lib/auth/dal";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords";
import { signOutAction } from "../sign-out-action";
import { changeOwnPassword } from "./account/actions";
import "./users/users.css";

// The shell only; every page and action below checks the session itself too.
export default async function ProtectedLayout({ children }: { children: React.ReactNode }) {
  const session = await requireRole("editor");
  // Someone signed in with a temporary password an admin gave out: whatever admin
  // page they open shows only "choose your own password" until they have done so.
  // Done here (one place, before any page renders) rather than by redirecting,
  // because a layout does not know which page it wraps and /admin/account sits
  // under this layout too. The admin nav uses plain links, so every page view
  // passes through here.
  if (session.mustChangePassword && (await stillMustChange(session.userId))) {
    return (
      <AdminShell session={session} signOut={signOutAction}>
        <div className="users-narrow">
          <h1>Choose your own password</h1>
          <p>
            You signed in with a temporary password. Choose a password of your own to continue; the temporary one then stops
            working.
          </p>
          <OwnPasswordForm action={changeOwnPassword} email={session.email} minLength={MIN_PASSWORD_LENGTH} />
        </div>
      </AdminShell>
    );
  }
  return (
    <AdminShell session={session} signOut={signOutAction}>
      {children}
    </AdminShell>
  );
}

// The session is memoised per request: right after the password was changed (the
// action's redirect renders in the same request) it still says "must change".
// Only then is the user row read again.
async function stillMustChange(userId: number): Promise<boolean> {
  const user = await getStaffOverview(await getDb(), userId);
  return user?.mustChangePassword ?? true;
}
