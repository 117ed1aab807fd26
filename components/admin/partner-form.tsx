"use client";
// Create or edit a partner's names, site, role and visibility. The logo has its
// own form beside this one (components/admin/image-upload.tsx).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormState, PartnerFormValues } from "@/lib/validation/partners";
import { CheckboxField, ErrorSummary, SelectField, TextField } from "./form-kit";

type Action = (state: FormState<PartnerFormValues>, formData: FormData) => Promise<FormState<PartnerFormValues>>;
type RoleOption = { id: number; labelEn: string; kind: string };


export function PartnerForm({
  action,
  roles,
  initial,
  submitLabel,
}: {
  action: Action;
  roles: RoleOption[];
  initial: PartnerFormValues;
  submitLabel: string;
}) {
  const t = useTranslations("partners.form");
  const saving = useTranslations("formKit")("saving");
  const labels: Record<string, string> = { nameEn: t("nameEn"), nameRu: t("nameRu"), url: t("url"), roleId: t("roleId"), visible: t("visible"), id: t("partner"), version: t("partner") };
  const [state, formAction, pending] = useActionState(action, {});
  const values = state.values ?? initial;
  const errors = state.errors ?? {};
  return (
    // Re-mounted after each answer, so every input shows what was submitted.
    <form key={state.seq ?? 0} action={formAction} className="admin-form partner-form" noValidate>
      <ErrorSummary message={state.message} errors={errors} labels={labels} focusKey={state.seq} />
      <input type="hidden" name="id" value={values.id} />
      <input type="hidden" name="version" value={values.version} />
      <TextField name="nameEn" label={labels.nameEn!} errors={errors.nameEn} defaultValue={values.nameEn} required maxLength={200} />
      <TextField name="nameRu" label={labels.nameRu!} errors={errors.nameRu} defaultValue={values.nameRu} required maxLength={200} lang="ru" />
      <TextField
        name="url"
        label={labels.url!}
        errors={errors.url}
        hint={t("urlHint")}
        defaultValue={values.url}
        type="url"
        inputMode="url"
        maxLength={2000}
        spellCheck={false}
      />
      <SelectField
        name="roleId"
        label={labels.roleId!}
        errors={errors.roleId}
        hint={t("roleHint")}
        defaultValue={values.roleId}
        required
        placeholder={values.roleId === "" ? t("chooseRole") : undefined}
        choices={roles.map((role) => ({ value: String(role.id), label: `${role.labelEn}${role.kind !== "partner" ? ` (${role.kind})` : ""}` }))}
      />
      <CheckboxField
        name="visible"
        label={labels.visible!}
        errors={errors.visible}
        hint={t("visibleHint")}
        defaultChecked={values.visible === "on"}
      />
      <div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? saving : submitLabel}
        </button>
      </div>
    </form>
  );
}
