import type { UserFormState } from "@/lib/validation/users";
import { TextField } from "./form-kit";

/** The optional "type a temporary password" field of the invite and reset forms. */
export function TemporaryPasswordField({ state, id }: { state: UserFormState; id: string }) {
  return (
    <TextField
      id={id}
      name="password"
      label="Temporary password (optional)"
      errors={state.errors?.password}
      hint="Leave empty to have a strong one generated. If you type one, use at least 12 characters. Either way the user must choose their own password when they first sign in."
      type="text"
      spellCheck={false}
      defaultValue={state.values?.password ?? ""}
    />
  );
}

/** A generated password, shown once: it is not stored anywhere it could be read again. */
export function TemporaryPasswordNotice({ password }: { password: string }) {
  return (
    <div className="user-temp-password" role="status">
      <p>
        Temporary password: <code data-testid="temporary-password">{password}</code>
      </p>
      <p className="field-hint">
        It is shown only now. Copy it and give it to the person directly (in person or by phone, not in the same email as
        the address).
      </p>
    </div>
  );
}
