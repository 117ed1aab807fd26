// The edit page of one hall, track or format: its form, then delete (refused,
// naming the sessions, while any session uses it).
import { PartnerDeleteForm } from "@/components/admin/partner-delete-form";
import type { SetupListItem } from "@/db/queries/admin-program-setup";
import type { FormState } from "@/lib/admin/forms";
import { setupKinds } from "@/lib/admin/program-setup-kinds";
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

export function SetupEditPage<K extends SetupKind>({
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
  const uses = item.sessionCount === 1 ? "1 session uses" : `${item.sessionCount} sessions use`;
  return (
    <div className="partners-admin partners-admin--narrow">
      <p>
        <a href={info.path}>← All {info.plural}</a>
      </p>
      <h1>
        Edit {info.noun}: {item.nameEn}
      </h1>
      <SetupItemForm kind={kind} action={save} initial={setupValues(kind, item)} submitLabel="Save changes" />
      <section className="partner-section" aria-labelledby="delete-title">
        <h2 id="delete-title">Delete {info.noun}</h2>
        <p className="field-hint">
          {item.sessionCount > 0
            ? `${uses} this ${info.noun}: it can be deleted once ${item.sessionCount === 1 ? "that session has" : "those sessions have"} another ${info.noun}.`
            : `No session uses this ${info.noun}. Deleting removes it from the programme for good.`}
        </p>
        <PartnerDeleteForm action={remove} id={item.id} label={`Delete ${info.noun}`} confirmText={`Delete the ${info.noun} “${item.nameEn}” for good?`} />
      </section>
    </div>
  );
}
