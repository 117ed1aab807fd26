"use client";
// The three changes an admin can make to one user, each its own small form.
import { useActionState } from "react";
import { ErrorSummary, SelectField } from "@/components/admin/form-kit";
import { staffRoleChoices } from "@/components/admin/user-role-choices";
import { TemporaryPasswordField, TemporaryPasswordNotice } from "@/components/admin/user-temporary-password";
import type { UserFormState } from "@/lib/validation/users";
import type { ResetTwoFactorState } from "../two-factor-actions";

type Action = (previous: UserFormState, formData: FormData) => Promise<UserFormState>;

export function RoleForm({ action, userId, role }: { action: Action; userId: number; role: "admin" | "editor" }) {
  const [state, formAction, pending] = useActionState(action, {});
  const selected = state.values?.role ?? role;
  return (
    <form action={formAction} className="admin-form user-form" aria-labelledby="role-heading">
      <h2 id="role-heading">Role</h2>
      <ErrorSummary message={state.message} errors={state.errors} labels={{ role: "Role" }} ids={{ role: "user-role" }} focusKey={state} notice={state.notice} />
      <input type="hidden" name="userId" value={userId} />
      <SelectField
        id="user-role"
        name="role"
        label="Role"
        errors={state.errors?.role}
        hint="Changing the role signs the user out everywhere."
        defaultValue={selected}
        key={`${role}:${selected}`}
        choices={staffRoleChoices}
      />
      <div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? "Saving…" : "Change role"}
        </button>
      </div>
    </form>
  );
}

export function StatusForm({ action, userId, disabled, email }: { action: Action; userId: number; disabled: boolean; email: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="admin-form user-form" aria-labelledby="status-heading">
      <h2 id="status-heading">Access</h2>
      <ErrorSummary message={state.message} errors={state.errors} labels={{}} focusKey={state} notice={state.notice} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <p className="field-hint">
        {disabled
          ? `${email} cannot sign in. Enabling lets them sign in again with their current password.`
          : `Disabling signs ${email} out everywhere at once and stops them from signing in. Their news and other work stay.`}
      </p>
      <div>
        <button type="submit" className={disabled ? "button button--primary" : "button button--danger"} disabled={pending}>
          {disabled ? (pending ? "Enabling…" : "Enable user") : pending ? "Disabling…" : "Disable user"}
        </button>
      </div>
    </form>
  );
}

export function ResetPasswordForm({ action, userId }: { action: Action; userId: number }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="admin-form user-form" aria-labelledby="reset-heading">
      <h2 id="reset-heading">Password</h2>
      <ErrorSummary
        message={state.message}
        errors={state.errors}
        labels={{ password: "Temporary password" }}
        ids={{ password: "reset-password" }}
        focusKey={state}
        notice={state.notice}
      />
      {state.temporaryPassword ? <TemporaryPasswordNotice password={state.temporaryPassword} /> : null}
      <input type="hidden" name="userId" value={userId} />
      <p className="field-hint">Resetting gives the user a new temporary password and signs them out everywhere.</p>
      <TemporaryPasswordField state={state} id="reset-password" />
      <div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? "Resetting…" : "Reset password"}
        </button>
      </div>
    </form>
  );
}

type ResetTwoFactorAction = (previous: ResetTwoFactorState, formData: FormData) => Promise<ResetTwoFactorState>;

/** Resets another user's second factor (a lost phone). Shown only when they have one. */
export function ResetTwoFactorForm({ action, userId, email }: { action: ResetTwoFactorAction; userId: number; email: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="admin-form user-form" aria-labelledby="two-factor-heading">
      <h2 id="two-factor-heading">Two-factor sign-in</h2>
      <ErrorSummary message={state.message} labels={{}} focusKey={state} notice={state.notice} />
      <input type="hidden" name="userId" value={userId} />
      <p className="field-hint">
        {state.notice
          ? `${email} no longer has two-factor sign-in.`
          : `For a lost phone: removes ${email}'s authenticator and recovery codes and signs them out everywhere. They sign in with their password next time (an admin is then asked to set it up again).`}
      </p>
      {state.notice ? null : (
        <div>
          <button type="submit" className="button button--danger" disabled={pending}>
            {pending ? "Resetting…" : "Reset two-factor sign-in"}
          </button>
        </div>
      )}
    </form>
  );
}
