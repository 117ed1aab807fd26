import { requireRole } from "@/lib/auth/dal";
import { adminText } from "@/lib/i18n/admin-text";
import { inviteUser } from "../actions";
import { InviteForm } from "./invite-form";
import "../users.css";

export async function generateMetadata() {
  return { title: (await adminText("users")).t("invite") };
}

export default async function InviteUserPage() {
  await requireRole("admin");
  const { t } = await adminText("users");
  return (
    <div className="users-narrow">
      <p>
        <a href="/admin/users">{t("allUsers")}</a>
      </p>
      <h1>{t("invite")}</h1>
      <p>{t("inviteIntro")}</p>
      <InviteForm action={inviteUser} />
    </div>
  );
}
