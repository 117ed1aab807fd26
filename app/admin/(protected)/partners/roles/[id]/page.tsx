import { notFound } from "next/navigation";
import { PartnerDeleteForm } from "@/components/admin/partner-delete-form";
import { PartnerRoleForm } from "@/components/admin/partner-role-form";
import { getDb } from "@/db";
import { getPartnerRole } from "@/db/queries/admin-partners";
import { parseId } from "@/lib/admin/forms";
import { requireRole } from "@/lib/auth/dal";
import { adminText } from "@/lib/i18n/admin-text";
import { roleKindOptions } from "../../messages";
import { deleteRoleAction, updateRoleAction } from "../actions";
import "../../partners.css";

export async function generateMetadata() {
  return { title: (await adminText("partners")).t("editRole") };
}

export default async function EditRolePage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("editor");
  const { t } = await adminText("partners");
  const { id: rawId } = await params;
  const id = parseId(rawId);
  if (id === null) notFound();
  const role = await getPartnerRole(await getDb(), id);
  if (!role) notFound();
  const n = role.partnerCount;
  return (
    <div className="partners-admin partners-admin--narrow">
      <p>
        <a href="/admin/partners">{t("allPartners")}</a>
      </p>
      <h1>{t("editRoleNamed", { name: role.labelEn })}</h1>
      <PartnerRoleForm
        action={updateRoleAction}
        kinds={roleKindOptions(t)}
        submitLabel={t("saveChanges")}
        initial={{ id: String(role.id), labelEn: role.labelEn, labelRu: role.labelRu, kind: role.kind }}
      />
      <section className="partner-section" aria-labelledby="delete-title">
        <h2 id="delete-title">{t("deleteRole")}</h2>
        <p className="field-hint">
          {n === 0 ? t("deleteRoleFree") : t("deleteRoleBusy", { count: n })}
        </p>
        <PartnerDeleteForm action={deleteRoleAction} id={role.id} label={t("deleteRole")} confirmText={t("deleteRoleConfirm", { name: role.labelEn })} />
      </section>
    </div>
  );
}
