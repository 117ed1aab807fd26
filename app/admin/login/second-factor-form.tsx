"use client";
// Step two of signing in to an account with a second factor. Whose sign-in this
// finishes is known from the challenge cookie on the server; the email shown is
// only for the person at the keyboard.
import { useActionState } from "react";
import { abandonSecondFactor, signInWithCode, type SignInState } from "./actions";

export function SecondFactorForm({ next, email }: { next: string; email: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInWithCode, {});
  return (
    <>
      <form action={action} className="admin-form">
        <input type="hidden" name="next" value={next} />
        <p>
          Signing in as <strong>{email}</strong>.
        </p>
        {state.message ? (
          <p className="form-error" role="alert">
            {state.message}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="code">Code from your authenticator app</label>
          <p className="field-hint" id="code-hint">
            Six digits. Lost your phone? Enter one of your recovery codes instead.
          </p>
          <input
            id="code"
            name="code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            autoFocus
            aria-describedby="code-hint"
            aria-invalid={state.message ? true : undefined}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? "Checking…" : "Verify"}
        </button>
      </form>
      <form action={abandonSecondFactor} className="admin-form">
        <input type="hidden" name="next" value={next} />
        <button type="submit" className="button">
          Sign in as someone else
        </button>
      </form>
    </>
  );
}
