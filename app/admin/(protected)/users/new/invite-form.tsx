"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, SelectField, TextField } from "@/components/admin/form-kit";
import { TemporaryPasswordField, TemporaryPasswordNotice } from "@/components/admin/user-temporary-password";
import { staffRoleChoices } from "@/components/admin/user-role-choices";
import type { UserFormState } from "@/lib/validation/users";

// The users pages name their inputs by form, so a page with two forms has no duplicate ids.
const ids = { email: "invite-email", name: "invite-name", role: "invite-role", password: "invite-password" };

type Props = { action: (previous: UserFormState, formData: FormData) => Promise<UserFormState> };

export function InviteForm({ action }: Props) {
  const t = useTranslations("users");
  const labels = { email: t("fields.email"), name: t("fields.name"), role: t("fields.role"), password: t("fields.password") };
  const [state, formAction, pending] = useActionState(action, {});
  const v = state.values ?? {};
  const errors = state.errors ?? {};
  return (
    <>
      <ErrorSummary message={state.message} errors={errors} labels={labels} ids={ids} focusKey={state} notice={state.notice} />
      {state.temporaryPassword ? <TemporaryPasswordNotice password={state.temporaryPassword} /> : null}
      {state.userId ? (
        <p>
          <a href={`/admin/users/${state.userId}`}>{t("openNew")}</a> · <a href="/admin/users">{t("backToAll")}</a>
        </p>
      ) : null}
      <form action={formAction} className="admin-form user-form">
        <TextField id={ids.email} name="email" label={labels.email} errors={errors.email} type="email" required maxLength={254} defaultValue={v.email ?? ""} />
        <TextField id={ids.name} name="name" label={labels.name} errors={errors.name} type="text" required maxLength={120} defaultValue={v.name ?? ""} />
        <SelectField
          id={ids.role}
          name="role"
          label={labels.role}
          errors={errors.role}
          hint={t("roleHint")}
          defaultValue={v.role ?? "editor"}
          key={v.role ?? "editor"}
          choices={staffRoleChoices((role) => t(`roleChoices.${role}`))}
        />
        <TemporaryPasswordField state={state} id={ids.password} />
        <div>
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? t("creating") : t("create")}
          </button>
        </div>
      </form>
    </>
  );
}
