"use client";

import { useActionState } from "react";
import { FieldError, FormOutcome, fieldAria } from "@/components/admin/user-form-parts";
import { TemporaryPasswordField, TemporaryPasswordNotice } from "@/components/admin/user-temporary-password";
import type { UserFormState } from "@/lib/validation/users";

const labels = { email: "Email", name: "Name", role: "Role", password: "Temporary password" };

type Props = { action: (previous: UserFormState, formData: FormData) => Promise<UserFormState> };

export function InviteForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const v = state.values ?? {};
  return (
    <>
      <FormOutcome state={state} labels={labels} />
      {state.temporaryPassword ? <TemporaryPasswordNotice password={state.temporaryPassword} /> : null}
      {state.userId ? (
        <p>
          <a href={`/admin/users/${state.userId}`}>Open the new user</a> · <a href="/admin/users">Back to all users</a>
        </p>
      ) : null}
      <form action={formAction} className="admin-form user-form">
        <div className="field">
          <label htmlFor="invite-email">Email</label>
          <input
            id="invite-email"
            name="email"
            type="email"
            autoComplete="off"
            required
            maxLength={254}
            defaultValue={v.email ?? ""}
            {...fieldAria(state, "email", "invite-email")}
          />
          <FieldError state={state} name="email" id="invite-email" />
        </div>
        <div className="field">
          <label htmlFor="invite-name">Name</label>
          <input
            id="invite-name"
            name="name"
            type="text"
            autoComplete="off"
            required
            maxLength={120}
            defaultValue={v.name ?? ""}
            {...fieldAria(state, "name", "invite-name")}
          />
          <FieldError state={state} name="name" id="invite-name" />
        </div>
        <div className="field">
          <label htmlFor="invite-role">Role</label>
          <select id="invite-role" name="role" defaultValue={v.role ?? "editor"} key={v.role ?? "editor"} {...fieldAria(state, "role", "invite-role", "invite-role-hint")}>
            <option value="editor">Editor — news and partners</option>
            <option value="admin">Admin — also users and the audit log</option>
          </select>
          <p id="invite-role-hint" className="field-hint">
            Give the admin role only to people who manage the team.
          </p>
          <FieldError state={state} name="role" id="invite-role" />
        </div>
        <TemporaryPasswordField state={state} id="invite-password" />
        <div>
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? "Creating…" : "Create user"}
          </button>
        </div>
      </form>
    </>
  );
}
