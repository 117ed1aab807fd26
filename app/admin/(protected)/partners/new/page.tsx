import type { Metadata } from "next";
import { PartnerForm } from "@/components/admin/partner-form";
import { getDb } from "@/db";
import { listRoleOptions } from "@/db/queries/admin-partners";
import { requireRole } from "@/lib/auth/dal";
import { createPartnerAction } from "../actions";
import "../partners.css";

export const metadata: Metadata = { title: "Add partner" };

type Props = { searchParams: Promise<{ role?: string | string[] }> };

export default async function NewPartnerPage({ searchParams }: Props) {
  await requireRole("editor");
  const roles = await listRoleOptions(await getDb());
  const { role } = await searchParams;
  const preselected = roles.find((r) => String(r.id) === role);
  return (
    <div className="partners-admin partners-admin--narrow">
      <p>
        <a href="/admin/partners">← All partners</a>
      </p>
      <h1>Add partner</h1>
      {roles.length === 0 ? (
        <p className="form-error" role="alert">
          There are no roles yet. <a href="/admin/partners/roles/new">Add a role</a> first: every partner belongs to one.
        </p>
      ) : (
        <>
          <p className="field-hint">You can add the logo on the next page, once the partner is saved.</p>
          <PartnerForm
            action={createPartnerAction}
            roles={roles}
            submitLabel="Add partner"
            initial={{ id: "", version: "", nameEn: "", nameRu: "", url: "", roleId: preselected ? String(preselected.id) : "", visible: "on" }}
          />
        </>
      )}
    </div>
  );
}
