import { OwnPasswordForm } from "@/components/admin/user-own-password-form";
import { requireRole } from "@/lib/auth/dal";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords";
import { adminText } from "@/lib/i18n/admin-text";
import { changeOwnPassword } from "./actions";
import "../users/users.css";

export async function generateMetadata() {
  return { title: (await adminText("account")).t("title") };
}

export default async function AccountPage() {
  const session = await requireRole("editor");
  const { t } = await adminText("account");
  const roles = (await adminText("users")).t;
  return (
    <div className="users-narrow">
      <h1>{t("title")}</h1>
      <p>{t.rich("signedInAs", { email: session.email, role: roles(`roles.${session.role}`), strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <h2>{t("twoFactorHeading")}</h2>
      <p>
        {t(session.twoFactor ? "twoFactorOn" : "twoFactorOff")}{" "}
        <a href="/admin/account/two-factor">{t(session.twoFactor ? "manageTwoFactor" : "setUpTwoFactor")}</a>
      </p>
      <h2>{t("changeHeading")}</h2>
      <p className="field-hint">{t("changeHint")}</p>
      <OwnPasswordForm action={changeOwnPassword} email={session.email} minLength={MIN_PASSWORD_LENGTH} />
    </div>
  );
}
