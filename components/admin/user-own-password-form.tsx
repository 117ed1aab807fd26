"use client";

import { useActionState } from "react";
import type { UserFormState } from "@/lib/validation/users";
import { FieldError, FormOutcome, fieldAria } from "./user-form-parts";

type Props = {
  action: (previous: UserFormState, formData: FormData) => Promise<UserFormState>;
  email: string;
  minLength: number;
};

const labels = { currentPassword: "Current password", newPassword: "New password", confirmPassword: "New password again" };

/** Change your own password: current one, new one twice. */
export function OwnPasswordForm({ action, email, minLength }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="admin-form user-form">
      <FormOutcome state={state} labels={labels} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <div className="field">
        <label htmlFor="current-password">Current password</label>
        <input
          id="current-password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          {...fieldAria(state, "currentPassword", "current-password")}
        />
        <FieldError state={state} name="currentPassword" id="current-password" />
      </div>
      <div className="field">
        <label htmlFor="new-password">New password</label>
        <input
          id="new-password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          {...fieldAria(state, "newPassword", "new-password", "new-password-hint")}
        />
        <p id="new-password-hint" className="field-hint">
          At least {minLength} characters. A few unrelated words make a strong password that is easy to remember.
        </p>
        <FieldError state={state} name="newPassword" id="new-password" />
      </div>
      <div className="field">
        <label htmlFor="confirm-password">New password again</label>
        <input
          id="confirm-password"
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          {...fieldAria(state, "confirmPassword", "confirm-password")}
        />
        <FieldError state={state} name="confirmPassword" id="confirm-password" />
      </div>
      <div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? "Saving…" : "Change password"}
        </button>
      </div>
    </form>
  );
}
