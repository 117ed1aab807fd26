import type { Metadata } from "next";
import { PersonForm } from "@/components/admin/program/person-form";
import { getDb } from "@/db";
import { listPartnerOptions } from "@/db/queries/admin-people";
import { requireRole } from "@/lib/auth/dal";
import { emptyPersonValues } from "@/lib/validation/people";
import { createPersonAction } from "../actions";
import "../../../partners/partners.css";
import "../../_setup/setup.css";

export const metadata: Metadata = { title: "Add person" };

export default async function NewPersonPage() {
  await requireRole("editor");
  const partners = await listPartnerOptions(await getDb());
  return (
    <div className="partners-admin partners-admin--narrow">
      <p>
        <a href="/admin/program/people">← All people</a>
      </p>
      <h1>Add person</h1>
      <p className="field-hint">You can add the photo on the next page, once the person is saved.</p>
      <PersonForm action={createPersonAction} partners={partners} initial={emptyPersonValues} submitLabel="Add person" />
    </div>
  );
}
