"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { restoreRevisionAction, type SimpleState } from "../../../actions";

type Props = { id: number; revisionId: number; version: number; revisionVersion: number };

/** Restoring is itself a save: it carries the version shown on the page, so it cannot overwrite a newer save unseen. */
export function RestoreForm({ id, revisionId, version, revisionVersion }: Props) {
  const [state, action, pending] = useActionState<SimpleState, FormData>(restoreRevisionAction, {});
  const t = useTranslations("news.history");
  return (
    <form action={action} className="news-actions">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="version" value={version} />
      {state.message ? (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t("restoring") : t("restore", { version: revisionVersion })}
      </button>
      <span className="field-hint">{t("restoreHint")}</span>
    </form>
  );
}
