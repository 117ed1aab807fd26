// The edit page of one hall, track or format: its form, then delete (refused,
// naming the sessions, while any session uses it).
import { PartnerDeleteForm } from "@/components/admin/partner-delete-form";
import type { SetupListItem } from "@/db/queries/admin-program-setup";
import type { FormState } from "@/lib/admin/forms";
import { setupKinds } from "@/lib/admin/program-setup-kinds";
import { adminText } from "@/lib/i18n/admin-text";
import type { SetupKind } from "@/db/queries/admin-program-setup";
import { SetupItemForm } from "./setup-item-form";

type Values = Record<string, string>;

/** The form's values from a stored row: strings, checkboxes as "on" or "". */
function setupValues(kind: SetupKind, item: SetupListItem<SetupKind>): Values {
  const row = item as unknown as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(setupKinds[kind].blank).map((key) => {
      const value = row[key];
      return [key, typeof value === "boolean" ? (value ? "on" : "") : String(value ?? "")];
    }),
  );
}

export async function SetupEditPage<K extends SetupKind>({
  kind,
  item,
  save,
  remove,
}: {
  kind: K;
  item: SetupListItem<K>;
  save: (state: FormState<Values>, formData: FormData) => Promise<FormState<Values>>;
  remove: (state: { message?: string; seq?: number }, formData: FormData) => Promise<{ message?: string; seq?: number }>;
}) {
  const info = setupKinds[kind];
  const k: SetupKind = kind; // the kind's own words are keys under its name ("hall.title")
  const { t } = await adminText("programSetup");
  return (
    <div className="partners-admin partners-admin--narrow">
      <p>
        <a href={info.path}>{t(`${k}.all`)}</a>
      </p>
      <h1>{t(`${k}.editNamed`, { name: item.nameEn })}</h1>
      <SetupItemForm kind={kind} action={save} initial={setupValues(kind, item)} submitLabel={t("saveChanges")} />
      <section className="partner-section" aria-labelledby="delete-title">
        <h2 id="delete-title">{t(`${k}.deleteHeading`)}</h2>
        <p className="field-hint">
          {item.sessionCount > 0 ? t(`${k}.inUse`, { count: item.sessionCount }) : t(`${k}.unused`)}
        </p>
        <PartnerDeleteForm action={remove} id={item.id} label={t(`${k}.deleteHeading`)} confirmText={t(`${k}.deleteConfirm`, { name: item.nameEn })} />
      </section>
    </div>
  );
}
