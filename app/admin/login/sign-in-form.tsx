"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInWithPassword, type SignInState } from "./actions";

export function SignInForm({ next, restartNotice }: { next: string; restartNotice?: string }) {
  const t = useTranslations("signIn");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInWithPassword, {});
  const message = state.message ?? restartNotice;
  return (
    <form action={action} className="admin-form" noValidate={false}>
      <input type="hidden" name="next" value={next} />
      {message ? (
        <p className="form-error" role="alert">
          {message}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="email">{t("email")}</label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email} />
      </div>
      <div className="field">
        <label htmlFor="password">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      {state.offerCode ? (
        // Failures from elsewhere may have locked this email; both factors together still sign in (lib/auth/sign-in.ts).
        <div className="field">
          <label htmlFor="code">{t("lockedCodeLabel")}</label>
          <p className="field-hint" id="code-hint">
            {t("lockedCodeHint")}
          </p>
          <input id="code" name="code" type="text" inputMode="text" autoComplete="one-time-code" aria-describedby="code-hint" />
        </div>
      ) : null}
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t("signingIn") : t("submit")}
      </button>
    </form>
  );
}
