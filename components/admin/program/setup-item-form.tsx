"use client";
// Add or edit a hall, track or format: the fields of its kind
// (lib/admin/program-setup-kinds.ts). A plain form post to a server action,
// enhanced by useActionState; on a refusal the summary takes focus and every
// input keeps what was typed.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CheckboxField, ErrorSummary, TextAreaField, TextField } from "@/components/admin/form-kit";
import type { FormState } from "@/lib/admin/forms";
import { setupKinds } from "@/lib/admin/program-setup-kinds";
import type { SetupKind } from "@/db/queries/admin-program-setup";

type Values = Record<string, string>;
type Action = (state: FormState<Values>, formData: FormData) => Promise<FormState<Values>>;

export function SetupItemForm({ kind, action, initial, submitLabel }: { kind: SetupKind; action: Action; initial: Values; submitLabel: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  const values = state.values ?? initial;
  const errors = state.errors ?? {};
  const t = useTranslations("programSetup");
  const saving = useTranslations("formKit")("saving");
  const { fields } = setupKinds[kind];
  // A field's label and hint are keys of programSetup (lib/admin/program-setup-kinds.ts).
  const word = (key: string) => t(key as Parameters<typeof t>[0]);
  const labels = Object.fromEntries([...fields.map((f) => [f.name, word(f.label)]), ["id", t(`${kind}.itemLabel`)]]);
  return (
    <form key={state.seq ?? 0} action={formAction} className="admin-form partner-form" noValidate>
      <ErrorSummary message={state.message} errors={errors} labels={labels} focusKey={state.seq} />
      <input type="hidden" name="id" value={values.id ?? ""} />
      {fields.map((field) => {
        const common = { name: field.name, label: word(field.label), errors: errors[field.name], hint: field.hint === undefined ? undefined : word(field.hint) };
        switch (field.type) {
          case "textarea":
            return <TextAreaField key={field.name} {...common} defaultValue={values[field.name]} maxLength={field.maxLength} lang={field.lang} rows={3} />;
          case "checkbox":
            return <CheckboxField key={field.name} {...common} defaultChecked={values[field.name] === "on"} />;
          case "color":
            return <TextField key={field.name} {...common} type="color" defaultValue={values[field.name] || "#1f6feb"} className="setup-color" />;
          default:
            return (
              <TextField
                key={field.name}
                {...common}
                defaultValue={values[field.name]}
                required={field.required}
                maxLength={field.maxLength}
                lang={field.lang}
                spellCheck={field.type === "slug" ? false : undefined}
                autoCapitalize={field.type === "slug" ? "none" : undefined}
              />
            );
        }
      })}
      <div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? saving : submitLabel}
        </button>
      </div>
    </form>
  );
}
