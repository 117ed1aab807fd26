// Small pieces every users/account form shares: the error summary and the
// per-field error wiring (aria-invalid + aria-describedby).
import type { UserFormState } from "@/lib/validation/users";

/** Props that tie an input to its hint and error message. */
export function fieldAria(state: UserFormState, name: string, id: string, hintId?: string) {
  const invalid = Boolean(state.errors?.[name]?.length);
  const describedBy = [hintId, invalid ? `${id}-error` : undefined].filter(Boolean).join(" ");
  return { "aria-invalid": invalid || undefined, "aria-describedby": describedBy || undefined };
}

export function FieldError({ state, name, id }: { state: UserFormState; name: string; id: string }) {
  const messages = state.errors?.[name];
  if (!messages?.length) return null;
  return (
    <p id={`${id}-error`} className="field-error">
      {messages.join(" ")}
    </p>
  );
}

/** The form's outcome: a role="alert" summary of problems, or a notice on success. */
export function FormOutcome({ state, labels }: { state: UserFormState; labels?: Record<string, string> }) {
  const fieldMessages = Object.entries(state.errors ?? {});
  if (state.message || fieldMessages.length) {
    return (
      <div className="form-error" role="alert">
        <p className="user-form__summary">{state.message ?? "Please fix the problems below."}</p>
        {fieldMessages.length ? (
          <ul>
            {fieldMessages.map(([name, messages]) => (
              <li key={name}>
                {labels?.[name] ? `${labels[name]}: ` : ""}
                {messages.join(" ")}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
  if (state.notice) {
    return (
      <p className="form-notice" role="status">
        {state.notice}
      </p>
    );
  }
  return null;
}
