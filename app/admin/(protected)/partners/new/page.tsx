import { PartnerForm } from "@/components/admin/partner-form";
import { getDb } from "@/db";
import { listRoleOptions } from "@/db/queries/admin-partners";
import { requireRole } from "@/lib/auth/dal";
import { adminText } from "@/lib/i18n/admin-text";
import { createPartnerAction } from "../actions";
import "../partners.css";

export async function generateMetadata() {
  return { title: (await adminText("partners")).t("addPartnerTitle") };
}

type Props = { searchParams: Promise<{ role?: string | string[] }> };

export default async function NewPartnerPage({ searchParams }: Props) {
  await requireRole("editor");
  const { t } = await adminText("partners");
  const roles = await listRoleOptions(await getDb());
  const { role } = await searchParams;
  const preselected = roles.find((r) => String(r.id) === role);
  return (
    <div className="partners-admin partners-admin--narrow">
      <p>
        <a href="/admin/partners">{t("allPartners")}</a>
      </p>
      <h1>{t("addPartnerTitle")}</h1>
      {roles.length === 0 ? (
        <p className="form-error" role="alert">
          {t("noRolesForPartner")} <a href="/admin/partners/roles/new">{t("addRoleFirst")}</a> {t("addRoleFirstAfter")}
        </p>
      ) : (
        <>
          <p className="field-hint">{t("logoLater")}</p>
          <PartnerForm
            action={createPartnerAction}
            roles={roles}
            submitLabel={t("addPartner")}
            initial={{ id: "", version: "", nameEn: "", nameRu: "", url: "", roleId: preselected ? String(preselected.id) : "", visible: "on" }}
          />
        </>
      )}
    </div>
  );
}
