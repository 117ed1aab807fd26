"use client";
// The article editor. Works without JavaScript (a plain form post to the
// server action; the answer re-renders the form with what was typed). With
// JavaScript it also: keeps a copy of the form in this browser every second
// and offers it back after a closed tab or crash (useLocalDraft); makes the
// slug from the title; shows a live preview rendered on the server by the
// public MDX pipeline (useLivePreview); and points at each body problem's line
// and column. This file holds the state and the save; the parts are in
// components/admin/news/.
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { MAX_SOURCE_LENGTH } from "@/lib/mdx/prescan";
import { useActionState, useCallback, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/admin/form-kit";
import { ArticleFields, articleLabels } from "@/components/admin/news/article-fields";
import { ConflictActions } from "@/components/admin/news/conflict-actions";
import { DraftOffer } from "@/components/admin/news/draft-offer";
import { LivePreviewPane, type PreviewCover } from "@/components/admin/news/live-preview-pane";
import { draftKey, editableFields, useLocalDraft } from "@/components/admin/news/use-local-draft";
import { useLivePreview } from "@/components/admin/news/use-live-preview";
import { slugify } from "@/lib/news/slugify";
import { offsetOf } from "@/lib/news/text-offset";
import type { MdxProblem } from "@/lib/mdx/compile";
import type { ArticleField, ArticleFormState, ArticleFormValues, PreviewResult, TranslationChoice } from "@/lib/validation/news";

/** The server actions the form calls, given by its page (the form imports no action module). */
type NewsFormActions = {
  save: (state: ArticleFormState, formData: FormData) => Promise<ArticleFormState>;
  preview: (input: { body: string }) => Promise<PreviewResult>;
};

type Props = {
  mode: "create" | "edit";
  actions: NewsFormActions;
  initial: ArticleFormValues;
  translationChoices: Record<"en" | "ru", TranslationChoice[]>;
  /** The saved body rendered on the server, shown until the first live update (and without JavaScript). */
  initialPreview?: ReactNode;
  /** The article is published now, so a new slug leaves a redirect behind. */
  isPublished?: boolean;
  /** Set right after "New article" saved: the unsaved copy of the new-article form can go. */
  justCreated?: boolean;
  /** The saved cover image (changed in its own section below the form), shown in the preview as on the site. */
  cover?: PreviewCover | null;
};

/** Why a body cannot be sent (the save's own limit, lib/validation/news.ts), or null. */
function bodyTooLong(t: ReturnType<typeof useTranslations<"news.form">>, body: string): string | null {
  if (body.length <= MAX_SOURCE_LENGTH) return null;
  return t("bodyTooLongCount", { max: MAX_SOURCE_LENGTH, count: body.length });
}

export function NewsForm({ mode, actions, initial, translationChoices, initialPreview, isPublished = false, justCreated = false, cover = null }: Props) {
  const action = actions.save;
  const t = useTranslations("news.form");
  // Without JavaScript the browser posts the form to this action and the page comes back with its state.
  const [serverState, formAction] = useActionState<ArticleFormState, FormData>(action, {});
  const [state, setState] = useState<ArticleFormState>(serverState);
  const [values, setValues] = useState<ArticleFormValues>(serverState.values ?? initial);
  const [pending, setPending] = useState(false);
  const [slugTouched, setSlugTouched] = useState(mode === "edit" || (serverState.values?.slug ?? initial.slug) !== "");
  // What the server last confirmed: the local copy is kept while the form differs from it.
  const [savedValues, setSavedValues] = useState<ArticleFormValues>(initial);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const key = draftKey(mode, initial.id);
  const router = useRouter();

  const draft = useLocalDraft({ key, values, saved: savedValues, justCreated });
  const preview = useLivePreview(values.body, actions.preview, Boolean(initialPreview));

  function restoreDraft() {
    const copy = draft.take();
    if (!copy) return;
    // The copy keeps the version it was typed on, so saving it cannot silently overwrite a newer save.
    setValues({ ...copy.values, id: initial.id, version: copy.values.version || initial.version });
    setSlugTouched(true);
  }

  const set = useCallback((field: ArticleField, value: string) => {
    setValues((v) => {
      const next = { ...v, [field]: value };
      if (field === "locale" && v.locale !== value) next.translationId = "";
      return next;
    });
  }, []);

  function onTitle(value: string) {
    setValues((v) => ({ ...v, title: value, ...(slugTouched ? {} : { slug: slugify(value) }) }));
  }

  function onSlug(value: string) {
    setSlugTouched(true);
    set("slug", value);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const formData = new FormData(event.currentTarget, submitter);
    const submitted = { ...values };
    // Refused here, before sending, with the text kept: the server refuses it as well, and
    // a body of megabytes would only meet the form-size limit's bare 413 (lib/security/form-size.ts).
    const tooLong = bodyTooLong(t, submitted.body);
    if (tooLong) {
      setState({ status: "error", message: t("tooLongNotice"), errors: { body: [tooLong] } });
      return;
    }
    setPending(true);
    try {
      const next = await action(state, formData);
      if (!next) return; // a redirect is under way
      setState(next);
      if (next.status === "saved" && next.values) {
        const saved = next.values;
        setSavedValues(saved);
        // Keep anything typed while the save was in flight; take the server's tidy-ups (e.g. the slug) otherwise.
        setValues((current) => {
          const merged = { ...current, id: saved.id, version: saved.version };
          for (const k of editableFields) if (current[k] === submitted[k]) merged[k] = saved[k];
          return merged;
        });
        draft.afterSave(submitted);
        // The heading's badge and the links around the form come from the server: bring them up to date.
        router.refresh();
      }
    } catch (error) {
      // A save that redirects (a new article goes to its edit page) ends the call with
      // Next's redirect error while the router navigates: not a failure to report.
      if (isRedirectError(error)) return;
      setState({ status: "error", message: t("unreachable") });
    } finally {
      setPending(false);
    }
  }

  function goToProblem(problem: MdxProblem) {
    const area = bodyRef.current;
    if (!area) return;
    const at = offsetOf(area.value, problem.line, problem.column);
    area.focus();
    area.setSelectionRange(at, Math.min(area.value.length, at + 1));
  }

  const saved = state.status === "saved";

  return (
    <div className="news-editor">
      <form action={formAction} onSubmit={onSubmit} className="admin-form" aria-label={mode === "create" ? t("newLabel") : t("editLabel")}>
        <input type="hidden" name="id" value={values.id} />
        <input type="hidden" name="version" value={values.version} />

        {/* After a refusal the summary takes focus (keyboard and screen-reader users land on what went wrong); after a save, focus stays. */}
        <ErrorSummary
          message={saved ? undefined : state.message}
          errors={saved ? undefined : state.errors}
          labels={articleLabels(t, values.locale)}
          focusKey={state}
          notice={saved ? state.message : undefined}
        >
          {state.conflict ? <ConflictActions articleId={values.id} version={state.conflict.version} /> : null}
        </ErrorSummary>

        {draft.offer ? <DraftOffer offer={draft.offer} mode={mode} onRestore={restoreDraft} onDiscard={draft.discard} /> : null}

        <ArticleFields
          mode={mode}
          values={values}
          errors={state.errors ?? {}}
          problems={state.bodyProblems ?? []}
          isPublished={isPublished}
          translationChoices={translationChoices}
          bodyRef={bodyRef}
          onField={set}
          onTitle={onTitle}
          onSlug={onSlug}
          onProblem={goToProblem}
        />

        <div className="news-actions">
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? t("saving") : mode === "create" ? t("create") : t("save")}
          </button>
          {pending ? <span role="status">{t("saving")}</span> : null}
        </div>
      </form>

      <LivePreviewPane values={values} preview={preview} initialPreview={initialPreview} cover={cover} />
    </div>
  );
}
