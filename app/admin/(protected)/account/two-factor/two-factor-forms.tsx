"use client";
// The forms of the two-factor page: start (or start again), confirm with a first
// code, new recovery codes, turn off. Each shows its refusal in the form kit's
// error summary, tied to the code field; recovery codes appear once, in the answer
// of the action that made them.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, TextField } from "@/components/admin/form-kit";
import type { TwoFactorFormState } from "./actions";

type Action = (previous: TwoFactorFormState, formData: FormData) => Promise<TwoFactorFormState>;

function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("account.twoFactor");
  return (
    <section className="recovery-codes" aria-labelledby="recovery-codes-heading">
      <h2 id="recovery-codes-heading">{t("yourCodes")}</h2>
      <p>{t("codesText")}</p>
      <ul data-testid="recovery-codes" className="recovery-codes__list">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <p>
        <a href="/admin">{t("continue")}</a>
      </p>
    </section>
  );
}

function CodeForm({ action, idPrefix, button, pendingLabel, hint, danger }: { action: Action; idPrefix: string; button: string; pendingLabel: string; hint: string; danger?: boolean }) {
  const t = useTranslations("account.twoFactor");
  const labels = { code: t("codeLabel") };
  const [state, formAction, pending] = useActionState(action, {});
  if (state.recoveryCodes) {
    return (
      <>
        <ErrorSummary labels={labels} notice={state.notice} />
        <RecoveryCodes codes={state.recoveryCodes} />
      </>
    );
  }
  const id = `${idPrefix}-code`;
  return (
    <form action={formAction} className="admin-form user-form">
      <ErrorSummary message={state.message} errors={state.errors} labels={labels} ids={{ code: id }} focusKey={state} notice={state.notice} />
      <TextField id={id} name="code" label={labels.code} errors={state.errors?.code} hint={hint} inputMode="numeric" autoComplete="one-time-code" required />
      <div>
        <button type="submit" className={danger ? "button button--danger" : "button button--primary"} disabled={pending}>
          {pending ? pendingLabel : button}
        </button>
      </div>
    </form>
  );
}

export function ConfirmForm({ action }: { action: Action }) {
  const t = useTranslations("account.twoFactor");
  return <CodeForm action={action} idPrefix="confirm" button={t("confirmButton")} pendingLabel={t("checking")} hint={t("confirmHint")} />;
}

export function RegenerateForm({ action }: { action: Action }) {
  const t = useTranslations("account.twoFactor");
  return <CodeForm action={action} idPrefix="regenerate" button={t("regenerateButton")} pendingLabel={t("making")} hint={t("regenerateHint")} />;
}

export function DisableForm({ action }: { action: Action }) {
  const t = useTranslations("account.twoFactor");
  return <CodeForm action={action} idPrefix="disable" button={t("disableButton")} pendingLabel={t("turningOff")} hint={t("disableHint")} danger />;
}

export function StartForm({ action, again }: { action: Action; again?: boolean }) {
  const t = useTranslations("account.twoFactor");
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="admin-form user-form">
      <ErrorSummary message={state.message} errors={state.errors} labels={{}} focusKey={state} />
      <div>
        <button type="submit" className={again ? "button" : "button button--primary"} disabled={pending}>
          {pending ? t("preparing") : t(again ? "startAgain" : "start")}
        </button>
      </div>
    </form>
  );
}
