"use client";
// Step two of signing in to an account with a second factor. Whose sign-in this
// finishes is known from the challenge cookie on the server; the email shown is
// only for the person at the keyboard.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { abandonSecondFactor, signInWithCode, type SignInState } from "./actions";

export function SecondFactorForm({ next, email }: { next: string; email: string }) {
  const t = useTranslations("signIn");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInWithCode, {});
  return (
    <>
      <form action={action} className="admin-form">
        <input type="hidden" name="next" value={next} />
        <p>{t.rich("signingInAs", { email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
        {state.message ? (
          <p className="form-error" role="alert">
            {state.message}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="code">{t("codeLabel")}</label>
          <p className="field-hint" id="code-hint">
            {t("codeHint")}
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
          {pending ? t("checking") : t("verify")}
        </button>
      </form>
      <form action={abandonSecondFactor} className="admin-form">
        <input type="hidden" name="next" value={next} />
        <button type="submit" className="button">
          {t("someoneElse")}
        </button>
      </form>
    </>
  );
}
