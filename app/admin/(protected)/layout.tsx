import { AdminIntlProvider } from "@/components/admin/admin-intl-provider";
import { AdminShell } from "@/components/admin/admin-shell";
import { OwnPasswordForm } from "@/components/admin/user-own-password-form";
import { mustStillChangePassword, requireRole } from "@/lib/auth/dal";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords";
import { adminText } from "@/lib/i18n/admin-text";
import { setAdminLanguageAction } from "../language-action";
import { signOutAction } from "../sign-out-action";
import { changeOwnPassword } from "./account/actions";
import "./users/users.css";

// The shell only; every page and action below checks the session itself too.
export default async function ProtectedLayout({ children }: { children: React.ReactNode }) {
  // The shell only: each page sends an admin without a second factor to set one up (requireRole).
  const session = await requireRole("editor", { allowTemporaryPassword: true, allowWithoutSecondFactor: true });
  // Someone signed in with a temporary password an admin gave out: whatever admin
  // page they open shows only "choose your own password" until they have done so.
  // Done here (one place, before any page renders) rather than by redirecting,
  // because a layout does not know which page it wraps and /admin/account sits
  // under this layout too. The admin nav uses plain links, so every page view
  // passes through here. (Every other page, action and route handler refuses such a
  // session itself: requireRole / authorizeRequest.)
  if (await mustStillChangePassword(session)) {
    const { t } = await adminText("account");
    return (
      <AdminIntlProvider>
        <AdminShell session={session} signOut={signOutAction} setLanguage={setAdminLanguageAction}>
          <div className="users-narrow">
            <h1>{t("chooseOwnHeading")}</h1>
            <p>{t("chooseOwnText")}</p>
            <OwnPasswordForm action={changeOwnPassword} email={session.email} minLength={MIN_PASSWORD_LENGTH} />
          </div>
        </AdminShell>
      </AdminIntlProvider>
    );
  }
  return (
    <AdminIntlProvider>
      <AdminShell session={session} signOut={signOutAction} setLanguage={setAdminLanguageAction}>
        {children}
      </AdminShell>
    </AdminIntlProvider>
  );
}
