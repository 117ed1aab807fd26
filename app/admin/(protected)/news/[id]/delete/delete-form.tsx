"use client";

import { useActionState } from "react";
import { deleteArticleAction, type SimpleState } from "../../actions";

export function DeleteForm({ id, version }: { id: number; version: number }) {
  const [state, action, pending] = useActionState<SimpleState, FormData>(deleteArticleAction, {});
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
        {pending ? "Deleting…" : "Yes, delete this article"}
      </button>
      <a href={`/admin/news/${id}`} className="button button--ghost">
        No, keep it
      </a>
    </form>
  );
}
