import { PartnerRoleForm } from "@/components/admin/partner-role-form";
import { requireRole } from "@/lib/auth/dal";
import { adminText } from "@/lib/i18n/admin-text";
import { roleKindOptions } from "../../messages";
import { createRoleAction } from "../actions";
import "../../partners.css";

export async function generateMetadata() {
  return { title: (await adminText("partners")).t("addRoleTitle") };
}

export default async function NewRolePage() {
  await requireRole("editor");
  const { t } = await adminText("partners");
  return (
    <div className="partners-admin partners-admin--narrow">
      <p>
        <a href="/admin/partners">{t("allPartners")}</a>
      </p>
      <h1>{t("addRoleTitle")}</h1>
      <p className="field-hint">{t("addRoleIntro")}</p>
      <PartnerRoleForm action={createRoleAction} kinds={roleKindOptions(t)} submitLabel={t("addRole")} initial={{ id: "", labelEn: "", labelRu: "", kind: "partner" }} />
    </div>
  );
}
