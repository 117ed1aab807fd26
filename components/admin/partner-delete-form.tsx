"use client";
// A delete button for a partner or a role. Asks for confirmation when
// JavaScript runs; shows why a delete was refused (e.g. a role still in use).
import { useTranslations } from "next-intl";
import { useActionState } from "react";

type State = { message?: string; seq?: number };
type Action = (state: State, formData: FormData) => Promise<State>;

export function PartnerDeleteForm({ action, id, label, confirmText }: { action: Action; id: number; label: string; confirmText: string }) {
  const t = useTranslations("formKit");
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm(confirmText)) event.preventDefault();
      }}
      className="partner-delete"
    >
      <input type="hidden" name="id" value={id} />
      {state.message ? (
        <p key={state.seq} className="form-error" role="alert">
          {state.message}
        </p>
      ) : null}
      <button type="submit" className="button button--danger" disabled={pending}>
        {pending ? t("deleting") : label}
      </button>
    </form>
  );
}
