"use client";
// Create or edit a partner role: its name in both languages and where its
// partners appear on the wall.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormState, RoleFormValues } from "@/lib/validation/partners";
import { ErrorSummary, RadioGroup, TextField } from "./form-kit";

type Action = (state: FormState<RoleFormValues>, formData: FormData) => Promise<FormState<RoleFormValues>>;
export type RoleKindOption = { value: string; label: string; hint: string };


export function PartnerRoleForm({
  action,
  initial,
  kinds,
  submitLabel,
}: {
  action: Action;
  initial: RoleFormValues;
  kinds: RoleKindOption[];
  submitLabel: string;
}) {
  const t = useTranslations("partners.form");
  const saving = useTranslations("formKit")("saving");
  const labels: Record<string, string> = { labelEn: t("labelEn"), labelRu: t("labelRu"), kind: t("kind"), id: t("role") };
  const [state, formAction, pending] = useActionState(action, {});
  const values = state.values ?? initial;
  const errors = state.errors ?? {};
  return (
    <form key={state.seq ?? 0} action={formAction} className="admin-form partner-form" noValidate>
      <ErrorSummary message={state.message} errors={errors} labels={labels} focusKey={state.seq} />
      <input type="hidden" name="id" value={values.id} />
      <TextField
        name="labelEn"
        label={labels.labelEn!}
        errors={errors.labelEn}
        hint={t("labelEnHint")}
        defaultValue={values.labelEn}
        required
        maxLength={120}
      />
      <TextField name="labelRu" label={labels.labelRu!} errors={errors.labelRu} defaultValue={values.labelRu} required maxLength={120} lang="ru" />
      <RadioGroup name="kind" legend={labels.kind} options={kinds} errors={errors.kind} defaultValue={values.kind} />
      <div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? saving : submitLabel}
        </button>
      </div>
    </form>
  );
}
