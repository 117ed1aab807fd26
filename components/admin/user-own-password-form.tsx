"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { UserFormState } from "@/lib/validation/users";
import { ErrorSummary, TextField } from "./form-kit";

type Props = {
  action: (previous: UserFormState, formData: FormData) => Promise<UserFormState>;
  email: string;
  minLength: number;
};

// Ids the browser's password manager knows, rather than the field names.
const ids = { currentPassword: "current-password", newPassword: "new-password", confirmPassword: "confirm-password" };

/** Change your own password: current one, new one twice. */
export function OwnPasswordForm({ action, email, minLength }: Props) {
  const t = useTranslations("account");
  const labels = { currentPassword: t("fields.currentPassword"), newPassword: t("fields.newPassword"), confirmPassword: t("fields.confirmPassword") };
  const [state, formAction, pending] = useActionState(action, {});
  const errors = state.errors ?? {};
  return (
    <form action={formAction} className="admin-form user-form">
      <ErrorSummary message={state.message} errors={errors} labels={labels} ids={ids} focusKey={state} notice={state.notice} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        id={ids.currentPassword}
        name="currentPassword"
        label={labels.currentPassword}
        errors={errors.currentPassword}
        type="password"
        autoComplete="current-password"
        required
      />
      <TextField
        id={ids.newPassword}
        name="newPassword"
        label={labels.newPassword}
        errors={errors.newPassword}
        hint={t("newPasswordHint", { min: minLength })}
        type="password"
        autoComplete="new-password"
        required
      />
      <TextField
        id={ids.confirmPassword}
        name="confirmPassword"
        label={labels.confirmPassword}
        errors={errors.confirmPassword}
        type="password"
        autoComplete="new-password"
        required
      />
      <div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t("saving") : t("submit")}
        </button>
      </div>
    </form>
  );
}
