import { PersonForm } from "@/components/admin/program/person-form";
import { getDb } from "@/db";
import { listPartnerOptions } from "@/db/queries/admin-people";
import { requireRole } from "@/lib/auth/dal";
import { adminText } from "@/lib/i18n/admin-text";
import { emptyPersonValues } from "@/lib/validation/people";
import { createPersonAction } from "../actions";
import "../../../partners/partners.css";
import "../../_setup/setup.css";

export async function generateMetadata() {
  return { title: (await adminText("programPeople")).t("add") };
}

export default async function NewPersonPage() {
  await requireRole("editor");
  const { t } = await adminText("programPeople");
  const partners = await listPartnerOptions(await getDb());
  return (
    <div className="partners-admin partners-admin--narrow">
      <p>
        <a href="/admin/program/people">{t("allPeople")}</a>
      </p>
      <h1>{t("add")}</h1>
      <p className="field-hint">{t("photoNextPage")}</p>
      <PersonForm action={createPersonAction} partners={partners} initial={emptyPersonValues} submitLabel={t("add")} />
    </div>
  );
}
