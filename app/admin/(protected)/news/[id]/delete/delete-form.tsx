"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { deleteArticleAction, type SimpleState } from "../../actions";

export function DeleteForm({ id, version }: { id: number; version: number }) {
  const [state, action, pending] = useActionState<SimpleState, FormData>(deleteArticleAction, {});
  const t = useTranslations("news.deletion");
  return (
    <form action={action} className="news-actions">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="confirm" value="yes" />
      {state.message ? (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      ) : null}
      <button type="submit" className="button button--danger" disabled={pending}>
        {pending ? t("deleting") : t("confirm")}
      </button>
      <a href={`/admin/news/${id}`} className="button button--ghost">
        {t("keep")}
      </a>
    </form>
  );
}
