import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PartnerDeleteForm } from "@/components/admin/partner-delete-form";
import { PartnerRoleForm } from "@/components/admin/partner-role-form";
import { getDb } from "@/db";
import { getPartnerRole } from "@/db/queries/admin-partners";
import { parseId } from "@/lib/admin/forms";
import { requireRole } from "@/lib/auth/dal";
import { roleKinds } from "@/lib/validation/partners";
import { roleKindLabels } from "../../messages";
import { deleteRoleAction, updateRoleAction } from "../actions";
import "../../partners.css";

export const metadata: Metadata = { title: "Edit role" };

export default async function EditRolePage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("editor");
  const { id: rawId } = await params;
  const id = parseId(rawId);
  if (id === null) notFound();
  const role = await getPartnerRole(await getDb(), id);
  if (!role) notFound();
  const n = role.partnerCount;
  return (
    <div className="partners-admin partners-admin--narrow">
      <p>
        <a href="/admin/partners">← All partners</a>
      </p>
      <h1>Edit role: {role.labelEn}</h1>
      <PartnerRoleForm
        action={updateRoleAction}
        kinds={roleKinds.map((value) => ({ value, ...roleKindLabels[value] }))}
        submitLabel="Save changes"
        initial={{ id: String(role.id), labelEn: role.labelEn, labelRu: role.labelRu, kind: role.kind }}
      />
      <section className="partner-section" aria-labelledby="delete-title">
        <h2 id="delete-title">Delete role</h2>
        <p className="field-hint">
          {n === 0
            ? "No partner has this role, so it can be deleted."
            : `${n} partner${n === 1 ? " has" : "s have"} this role. A role can be deleted only when no partner has it: give ${n === 1 ? "that partner" : "them"} another role or delete ${n === 1 ? "it" : "them"} first.`}
        </p>
        <PartnerDeleteForm action={deleteRoleAction} id={role.id} label="Delete role" confirmText={`Delete the role “${role.labelEn}”?`} />
      </section>
    </div>
  );
}
