"use client";
// Create or edit a partner's names, site, role and visibility. The logo has its
// own form beside this one (components/admin/partner-logo-upload.tsx).
import { useActionState } from "react";
import type { FormState, PartnerFormValues } from "@/lib/validation/partners";
import { describedBy, ErrorSummary, FieldErrors, FieldHint, TextField } from "./partner-form-parts";

type Action = (state: FormState<PartnerFormValues>, formData: FormData) => Promise<FormState<PartnerFormValues>>;
type RoleOption = { id: number; labelEn: string; kind: string };

const labels: Record<string, string> = {
  nameEn: "Name in English",
  nameRu: "Name in Russian",
  url: "Website",
  roleId: "Role",
  visible: "Show on the site",
  id: "Partner",
  version: "Partner",
};

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
  const [state, formAction, pending] = useActionState(action, {});
  const values = state.values ?? initial;
  const errors = state.errors ?? {};
  return (
    // Re-mounted after each answer, so every input shows what was submitted.
    <form key={state.seq ?? 0} action={formAction} className="admin-form partner-form" noValidate>
      <ErrorSummary message={state.message} errors={errors} labels={labels} seq={state.seq} />
      <input type="hidden" name="id" value={values.id} />
      <input type="hidden" name="version" value={values.version} />
      <TextField name="nameEn" label={labels.nameEn!} errors={errors.nameEn} defaultValue={values.nameEn} required maxLength={200} />
      <TextField name="nameRu" label={labels.nameRu!} errors={errors.nameRu} defaultValue={values.nameRu} required maxLength={200} lang="ru" />
      <TextField
        name="url"
        label={labels.url!}
        errors={errors.url}
        hint="The full address, starting with https:// or http://. Leave it empty if the partner has no website."
        defaultValue={values.url}
        type="url"
        inputMode="url"
        maxLength={2000}
        spellCheck={false}
      />
      <div className="field">
        <label htmlFor="roleId">{labels.roleId}</label>
        <select
          id="roleId"
          name="roleId"
          defaultValue={values.roleId}
          required
          aria-invalid={errors.roleId ? true : undefined}
          aria-describedby={describedBy("roleId", true, errors.roleId)}
        >
          {values.roleId === "" ? <option value="">Choose a role…</option> : null}
          {roles.map((role) => (
            <option key={role.id} value={String(role.id)}>
              {role.labelEn}
              {role.kind !== "partner" ? ` (${role.kind})` : ""}
            </option>
          ))}
        </select>
        <FieldHint name="roleId">The group the partner is listed under. A partner moved to another role goes to the end of that role.</FieldHint>
        <FieldErrors name="roleId" errors={errors.roleId} />
      </div>
      <div className="field partner-form__check">
        <input
          id="visible"
          name="visible"
          type="checkbox"
          defaultChecked={values.visible === "on"}
          aria-describedby={describedBy("visible", true, errors.visible)}
        />
        <label htmlFor="visible">{labels.visible}</label>
        <FieldHint name="visible">Untick to hide the partner from the public pages without deleting it.</FieldHint>
        <FieldErrors name="visible" errors={errors.visible} />
      </div>
      <div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </button>
      </div>
    </form>
  );
}
