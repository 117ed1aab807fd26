"use client";
// The three changes an admin can make to one user, each its own small form.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, SelectField } from "@/components/admin/form-kit";
import { staffRoleChoices } from "@/components/admin/user-role-choices";
import { TemporaryPasswordField, TemporaryPasswordNotice } from "@/components/admin/user-temporary-password";
import type { UserFormState } from "@/lib/validation/users";
import type { ResetTwoFactorState } from "../two-factor-actions";

type Action = (previous: UserFormState, formData: FormData) => Promise<UserFormState>;

export function RoleForm({ action, userId, role }: { action: Action; userId: number; role: "admin" | "editor" }) {
  const t = useTranslations("users");
  const [state, formAction, pending] = useActionState(action, {});
  const selected = state.values?.role ?? role;
  return (
    <form action={formAction} className="admin-form user-form" aria-labelledby="role-heading">
      <h2 id="role-heading">{t("roleForm.heading")}</h2>
      <ErrorSummary message={state.message} errors={state.errors} labels={{ role: t("fields.role") }} ids={{ role: "user-role" }} focusKey={state} notice={state.notice} />
      <input type="hidden" name="userId" value={userId} />
      <SelectField
        id="user-role"
        name="role"
        label={t("fields.role")}
        errors={state.errors?.role}
        hint={t("roleForm.hint")}
        defaultValue={selected}
        key={`${role}:${selected}`}
        choices={staffRoleChoices((r) => t(`roleChoices.${r}`))}
      />
      <div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t("roleForm.saving") : t("roleForm.submit")}
        </button>
      </div>
    </form>
  );
}

export function StatusForm({ action, userId, disabled, email }: { action: Action; userId: number; disabled: boolean; email: string }) {
  const t = useTranslations("users");
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="admin-form user-form" aria-labelledby="status-heading">
      <h2 id="status-heading">{t("accessForm.heading")}</h2>
      <ErrorSummary message={state.message} errors={state.errors} labels={{}} focusKey={state} notice={state.notice} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <p className="field-hint">
        {t(disabled ? "accessForm.disabledHint" : "accessForm.enabledHint", { email })}
      </p>
      <div>
        <button type="submit" className={disabled ? "button button--primary" : "button button--danger"} disabled={pending}>
          {disabled ? t(pending ? "accessForm.enabling" : "accessForm.enable") : t(pending ? "accessForm.disabling" : "accessForm.disable")}
        </button>
      </div>
    </form>
  );
}

export function ResetPasswordForm({ action, userId }: { action: Action; userId: number }) {
  const t = useTranslations("users");
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="admin-form user-form" aria-labelledby="reset-heading">
      <h2 id="reset-heading">{t("passwordForm.heading")}</h2>
      <ErrorSummary
        message={state.message}
        errors={state.errors}
        labels={{ password: t("fields.password") }}
        ids={{ password: "reset-password" }}
        focusKey={state}
        notice={state.notice}
      />
      {state.temporaryPassword ? <TemporaryPasswordNotice password={state.temporaryPassword} /> : null}
      <input type="hidden" name="userId" value={userId} />
      <p className="field-hint">{t("passwordForm.hint")}</p>
      <TemporaryPasswordField state={state} id="reset-password" />
      <div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t("passwordForm.resetting") : t("passwordForm.submit")}
        </button>
      </div>
    </form>
  );
}

type ResetTwoFactorAction = (previous: ResetTwoFactorState, formData: FormData) => Promise<ResetTwoFactorState>;

/** Resets another user's second factor (a lost phone). Shown only when they have one. */
export function ResetTwoFactorForm({ action, userId, email }: { action: ResetTwoFactorAction; userId: number; email: string }) {
  const t = useTranslations("users");
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="admin-form user-form" aria-labelledby="two-factor-heading">
      <h2 id="two-factor-heading">{t("twoFactorForm.heading")}</h2>
      <ErrorSummary message={state.message} labels={{}} focusKey={state} notice={state.notice} />
      <input type="hidden" name="userId" value={userId} />
      <p className="field-hint">
        {t(state.notice ? "twoFactorForm.doneHint" : "twoFactorForm.hint", { email })}
      </p>
      {state.notice ? null : (
        <div>
          <button type="submit" className="button button--danger" disabled={pending}>
            {pending ? t("twoFactorForm.resetting") : t("twoFactorForm.submit")}
          </button>
        </div>
      )}
    </form>
  );
}
