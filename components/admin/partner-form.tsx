"use client";
// Create or edit a partner's names, site, role and visibility. The logo has its
// own form beside this one (components/admin/partner-logo-upload.tsx).
import { useActionState } from "react";
import type { FormState, PartnerFormValues } from "@/lib/validation/partners";
import { describedBy, ErrorSummary, FieldErrors, FieldHint } from "./partner-form-parts";

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
      <div className="field">
        <label htmlFor="nameEn">{labels.nameEn}</label>
        <input
          id="nameEn"
          name="nameEn"
          defaultValue={values.nameEn}
          required
          maxLength={200}
          autoComplete="off"
          aria-invalid={errors.nameEn ? true : undefined}
          aria-describedby={describedBy("nameEn", false, errors.nameEn)}
        />
        <FieldErrors name="nameEn" errors={errors.nameEn} />
      </div>
      <div className="field">
        <label htmlFor="nameRu">{labels.nameRu}</label>
        <input
          id="nameRu"
          name="nameRu"
          lang="ru"
          defaultValue={values.nameRu}
          required
          maxLength={200}
          autoComplete="off"
          aria-invalid={errors.nameRu ? true : undefined}
          aria-describedby={describedBy("nameRu", false, errors.nameRu)}
        />
        <FieldErrors name="nameRu" errors={errors.nameRu} />
      </div>
      <div className="field">
        <label htmlFor="url">{labels.url}</label>
        <input
          id="url"
          name="url"
          type="url"
          inputMode="url"
          defaultValue={values.url}
          maxLength={2000}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={errors.url ? true : undefined}
          aria-describedby={describedBy("url", true, errors.url)}
        />
        <FieldHint name="url">The full address, starting with https:// or http://. Leave it empty if the partner has no website.</FieldHint>
        <FieldErrors name="url" errors={errors.url} />
      </div>
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
