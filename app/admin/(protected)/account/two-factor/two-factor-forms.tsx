"use client";
// The forms of the two-factor page: start (or start again), confirm with a first
// code, new recovery codes, turn off. Each shows its refusal in the form kit's
// error summary, tied to the code field; recovery codes appear once, in the answer
// of the action that made them.
import { useActionState } from "react";
import { ErrorSummary, TextField } from "@/components/admin/form-kit";
import type { TwoFactorFormState } from "./actions";

type Action = (previous: TwoFactorFormState, formData: FormData) => Promise<TwoFactorFormState>;

const labels = { code: "Code" };

function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <section className="recovery-codes" aria-labelledby="recovery-codes-heading">
      <h2 id="recovery-codes-heading">Your recovery codes</h2>
      <p>
        Each code signs you in once, instead of a code from your app, if you lose your phone. Keep them somewhere safe (a password
        manager, or printed): they are shown only now.
      </p>
      <ul data-testid="recovery-codes" className="recovery-codes__list">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <p>
        <a href="/admin">Continue to the admin</a>
      </p>
    </section>
  );
}

function CodeForm({ action, idPrefix, button, pendingLabel, hint, danger }: { action: Action; idPrefix: string; button: string; pendingLabel: string; hint: string; danger?: boolean }) {
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
  return <CodeForm action={action} idPrefix="confirm" button="Turn on two-factor sign-in" pendingLabel="Checking…" hint="The six-digit code your app shows for Podium now." />;
}

export function RegenerateForm({ action }: { action: Action }) {
  return (
    <CodeForm action={action} idPrefix="regenerate" button="Make new recovery codes" pendingLabel="Making…" hint="A code from your app. The old recovery codes stop working." />
  );
}

export function DisableForm({ action }: { action: Action }) {
  return (
    <CodeForm action={action} idPrefix="disable" button="Turn off two-factor sign-in" pendingLabel="Turning off…" hint="A code from your app, or a recovery code." danger />
  );
}

export function StartForm({ action, again }: { action: Action; again?: boolean }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="admin-form user-form">
      <ErrorSummary message={state.message} errors={state.errors} labels={{}} focusKey={state} />
      <div>
        <button type="submit" className={again ? "button" : "button button--primary"} disabled={pending}>
          {pending ? "Preparing…" : again ? "Start again with a new secret" : "Set up two-factor sign-in"}
        </button>
      </div>
    </form>
  );
}
