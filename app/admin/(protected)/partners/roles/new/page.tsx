import type { Metadata } from "next";
import { PartnerRoleForm } from "@/components/admin/partner-role-form";
import { requireRole } from "@/lib/auth/dal";
import { roleKinds } from "@/lib/validation/partners";
import { roleKindLabels } from "../../messages";
import { createRoleAction } from "../actions";
import "../../partners.css";

export const metadata: Metadata = { title: "Add role" };

const kindOptions = () => roleKinds.map((value) => ({ value, ...roleKindLabels[value] }));

export default async function NewRolePage() {
  await requireRole("editor");
  return (
    <div className="partners-admin partners-admin--narrow">
      <p>
        <a href="/admin/partners">← All partners</a>
      </p>
      <h1>Add role</h1>
      <p className="field-hint">A role groups partners on the site, for example “Sponsor” or “General media partner”. New roles go to the end of the page; move them in the list.</p>
      <PartnerRoleForm action={createRoleAction} kinds={kindOptions()} submitLabel="Add role" initial={{ id: "", labelEn: "", labelRu: "", kind: "partner" }} />
    </div>
  );
}
