"use client";
// The article editor. Works without JavaScript (a plain form post to the
// server action; the answer re-renders the form with what was typed). With
// JavaScript it also: keeps a copy of the form in this browser every second
// and offers it back after a closed tab or crash; makes the slug from the
// title; shows a live preview rendered on the server by the public MDX
// pipeline; and points at each body problem's line and column.
import { useActionState, useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { slugify } from "@/lib/news/slugify";
import type { MdxProblem } from "@/lib/mdx/compile";
import type { ArticleField, ArticleFormState, ArticleFormValues, PreviewResult, TranslationChoice } from "@/lib/validation/news";

/** The server actions the form calls, given by its page (the form imports no action module). */
export type NewsFormActions = {
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
  cover?: { url: string; width: number; height: number; alt: string } | null;
};

type StoredCopy = { values: ArticleFormValues; at: number };

const PREVIEW_DELAY_MS = 400;
const COPY_EVERY_MS = 1_000;
const editable: ArticleField[] = ["title", "slug", "lede", "body", "author", "locale", "translationId", "status", "publishAt"];

function sameFields(a: ArticleFormValues, b: ArticleFormValues): boolean {
  return editable.every((k) => a[k] === b[k]);
}

function storageKey(mode: Props["mode"], id: string): string {
  return `podium:news-form:${mode === "edit" ? id : "new"}`;
}

function readCopy(key: string): StoredCopy | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as StoredCopy;
    return parsed && typeof parsed === "object" && parsed.values && typeof parsed.at === "number" ? parsed : null;
  } catch {
    return null;
  }
}

function forget(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // storage may be disabled; nothing to forget then
  }
}

/** Character offset of a 1-based line and column in `text`. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf("\n", offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}

export function NewsForm({ mode, actions, initial, translationChoices, initialPreview, isPublished = false, justCreated = false, cover = null }: Props) {
  const action = actions.save;
  // Without JavaScript the browser posts the form to this action and the page comes back with its state.
  const [serverState, formAction] = useActionState<ArticleFormState, FormData>(action, {});
  const [state, setState] = useState<ArticleFormState>(serverState);
  const [values, setValues] = useState<ArticleFormValues>(serverState.values ?? initial);
  const [pending, setPending] = useState(false);
  const [slugTouched, setSlugTouched] = useState(mode === "edit" || (serverState.values?.slug ?? initial.slug) !== "");
  const [offer, setOffer] = useState<StoredCopy | null>(null);
  const savedRef = useRef<ArticleFormValues>(initial);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const key = storageKey(mode, initial.id);
  const router = useRouter();

  // --- the copy in this browser ------------------------------------------------
  const valuesRef = useRef(values);
  valuesRef.current = values;
  const offerRef = useRef(offer);
  offerRef.current = offer;

  useEffect(() => {
    if (justCreated) forget(storageKey("create", ""));
    const copy = readCopy(key);
    if (copy && !sameFields(copy.values, savedRef.current) && !sameFields(copy.values, valuesRef.current)) setOffer(copy);
    else if (copy) forget(key);
  }, [key, justCreated]);

  useEffect(() => {
    let last = "";
    const timer = window.setInterval(() => {
      // While a copy is on offer, don't overwrite it with the form it was offered over.
      if (offerRef.current) return;
      const current = valuesRef.current;
      if (sameFields(current, savedRef.current)) {
        if (last !== "") forget(key);
        last = "";
        return;
      }
      const json = JSON.stringify(current);
      if (json === last) return;
      try {
        window.localStorage.setItem(key, JSON.stringify({ values: current, at: Date.now() } satisfies StoredCopy));
        last = json;
      } catch {
        // storage full or disabled: the server copy on save is what remains
      }
    }, COPY_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [key]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!sameFields(valuesRef.current, savedRef.current)) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  function restoreCopy() {
    if (!offer) return;
    // The copy keeps the version it was typed on, so saving it cannot silently overwrite a newer save.
    setValues({ ...offer.values, id: initial.id, version: offer.values.version || initial.version });
    setSlugTouched(true);
    setOffer(null);
  }

  function discardCopy() {
    forget(key);
    setOffer(null);
  }

  // --- live preview ----------------------------------------------------------
  const [preview, setPreview] = useState<{ result: PreviewResult | null; error: string | null; busy: boolean }>({
    result: null,
    error: null,
    busy: false,
  });
  const previewSeq = useRef(0);
  const firstBody = useRef(values.body);

  useEffect(() => {
    // The server already rendered the saved body; the first live update waits for a change.
    if (initialPreview && values.body === firstBody.current && preview.result === null) return;
    const seq = ++previewSeq.current;
    const timer = window.setTimeout(async () => {
      setPreview((p) => ({ ...p, busy: true }));
      try {
        const result = await actions.preview({ body: values.body });
        if (seq === previewSeq.current) setPreview({ result, error: null, busy: false });
      } catch {
        if (seq === previewSeq.current) setPreview((p) => ({ ...p, error: "The preview could not be updated (the server did not answer). Your text is safe.", busy: false }));
      }
    }, PREVIEW_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [values.body]);

  // --- fields ----------------------------------------------------------------
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

  // --- saving ----------------------------------------------------------------
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const formData = new FormData(event.currentTarget, submitter);
    const submitted = { ...valuesRef.current };
    setPending(true);
    let failed = false;
    try {
      const next = await action(state, formData);
      if (!next) return; // a redirect is under way
      setState(next);
      failed = next.status === "error";
      if (next.status === "saved" && next.values) {
        const saved = next.values;
        savedRef.current = saved;
        // Keep anything typed while the save was in flight; take the server's tidy-ups (e.g. the slug) otherwise.
        setValues((current) => {
          const merged = { ...current, id: saved.id, version: saved.version };
          for (const k of editable) if (current[k] === submitted[k]) merged[k] = saved[k];
          return merged;
        });
        if (sameFields(valuesRef.current, submitted)) forget(key);
        // The heading's badge and the links around the form come from the server: bring them up to date.
        router.refresh();
      }
    } catch {
      failed = true;
      setState({
        status: "error",
        message: "The server could not be reached, so nothing was saved. Your text is still here, and a copy is kept in this browser. Try again in a moment.",
      });
    } finally {
      setPending(false);
      // After a refusal, take keyboard and screen-reader users to what went wrong; after a save, stay where they were.
      if (failed) requestAnimationFrame(() => summaryRef.current?.focus());
    }
  }

  function goToProblem(problem: MdxProblem) {
    const area = bodyRef.current;
    if (!area) return;
    const at = offsetOf(area.value, problem.line, problem.column);
    area.focus();
    area.setSelectionRange(at, Math.min(area.value.length, at + 1));
  }

  const errors = state.errors ?? {};
  const describe = (field: ArticleField, hint = true) =>
    [hint ? `${field}-hint` : null, errors[field]?.length ? `${field}-error` : null].filter(Boolean).join(" ") || undefined;
  const fieldError = (field: ArticleField) =>
    errors[field]?.length ? (
      <p className="field-error" id={`${field}-error`}>
        {errors[field]!.join(" ")}
      </p>
    ) : null;
  const otherLocale = values.locale === "ru" ? "en" : "ru";
  const choices = translationChoices[otherLocale];
  const problems = state.bodyProblems ?? [];
  const previewResult = preview.result;

  return (
    <div className="news-editor">
      <form action={formAction} onSubmit={onSubmit} className="admin-form" aria-label={mode === "create" ? "New article" : "Edit article"}>
        <input type="hidden" name="id" value={values.id} />
        <input type="hidden" name="version" value={values.version} />

        <div ref={summaryRef} tabIndex={-1}>
          {state.message ? (
            state.status === "saved" ? (
              <p className="form-notice" role="status">
                {state.message}
              </p>
            ) : (
              <div className="form-error" role="alert">
                <p style={{ margin: 0 }}>{state.message}</p>
                {state.conflict ? (
                  <div className="news-actions" style={{ marginTop: "0.75rem" }}>
                    <a href={`/admin/news/${values.id}/revisions`} target="_blank" rel="noopener">
                      Compare with their version (opens in a new tab)
                    </a>
                    <button type="submit" name="overwriteVersion" value={state.conflict.version} className="button button--danger button--small">
                      Save mine anyway (replaces theirs)
                    </button>
                  </div>
                ) : null}
              </div>
            )
          ) : null}
        </div>

        {offer ? (
          <div className="news-banner" role="status">
            <p>
              This browser kept unsaved changes to this {mode === "edit" ? "article" : "new article"} from{" "}
              {new Date(offer.at).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "medium" })}.
            </p>
            <button type="button" className="button button--primary button--small" onClick={restoreCopy}>
              Restore them
            </button>
            <button type="button" className="button button--small" onClick={discardCopy}>
              Discard
            </button>
          </div>
        ) : null}

        <div className="field">
          <label htmlFor="title">Title</label>
          <input
            id="title"
            name="title"
            value={values.title}
            onChange={(e) => onTitle(e.target.value)}
            required
            maxLength={200}
            aria-invalid={errors.title?.length ? true : undefined}
            aria-describedby={describe("title", false)}
          />
          {fieldError("title")}
        </div>

        <div className="field">
          <label htmlFor="slug">Slug (the end of the address)</label>
          <input
            id="slug"
            name="slug"
            value={values.slug}
            onChange={(e) => {
              setSlugTouched(true);
              set("slug", e.target.value);
            }}
            maxLength={200}
            spellCheck={false}
            autoCapitalize="none"
            aria-invalid={errors.slug?.length ? true : undefined}
            aria-describedby={describe("slug")}
          />
          <p className="field-hint" id="slug-hint">
            The article&apos;s address will be /{values.locale}/news/{values.slug || "…"}. Made from the title (Russian letters spelled in Latin); you may
            change it. Lowercase letters, digits and hyphens.
            {isPublished ? " This article is public: if you change the slug, the old address will redirect to the new one." : ""}
          </p>
          {fieldError("slug")}
        </div>

        <div className="field">
          <label htmlFor="locale">Language</label>
          {mode === "create" ? (
            <select
              id="locale"
              name="locale"
              value={values.locale}
              onChange={(e) => set("locale", e.target.value)}
              aria-invalid={errors.locale?.length ? true : undefined}
              aria-describedby={describe("locale")}
            >
              <option value="en">English</option>
              <option value="ru">Russian</option>
            </select>
          ) : (
            <>
              <input type="hidden" name="locale" value={values.locale} />
              <select id="locale" value={values.locale} disabled aria-describedby={describe("locale")}>
                <option value="en">English</option>
                <option value="ru">Russian</option>
              </select>
            </>
          )}
          <p className="field-hint" id="locale-hint">
            {mode === "create"
              ? "Which site the article appears on. It can't be changed later: write the other language as its own article and link it below."
              : "The language can't change. Write the other language as its own article and link it below."}
          </p>
          {fieldError("locale")}
        </div>

        <div className="field">
          <label htmlFor="lede">Lede (short summary)</label>
          <textarea
            id="lede"
            name="lede"
            rows={3}
            value={values.lede}
            onChange={(e) => set("lede", e.target.value)}
            maxLength={600}
            aria-invalid={errors.lede?.length ? true : undefined}
            aria-describedby={describe("lede")}
          />
          <p className="field-hint" id="lede-hint">
            Shown under the title, in the news feed and in search results. Up to 600 characters.
          </p>
          {fieldError("lede")}
        </div>

        <div className="field">
          <label htmlFor="body">Body</label>
          <textarea
            id="body"
            name="body"
            ref={bodyRef}
            className="mono news-body"
            rows={24}
            value={values.body}
            onChange={(e) => set("body", e.target.value)}
            spellCheck
            aria-invalid={errors.body?.length ? true : undefined}
            aria-describedby={[describe("body"), problems.length ? "body-problems" : null].filter(Boolean).join(" ")}
          />
          <p className="field-hint" id="body-hint">
            Markdown: blank line between paragraphs, **bold**, *italic*, [link text](https://…), ## for a subheading, - for a list. A few components such
            as &lt;Callout title=&quot;…&quot;&gt;…&lt;/Callout&gt; are allowed; scripts and embedded code are not.
          </p>
          {fieldError("body")}
          {problems.length ? (
            <ol className="news-problems" id="body-problems" aria-label="Problems in the body">
              {problems.map((p, i) => (
                <li key={i}>
                  <button type="button" onClick={() => goToProblem(p)}>
                    Line {p.line}, column {p.column}
                  </button>
                  : {p.message}
                </li>
              ))}
            </ol>
          ) : null}
        </div>

        <div className="field">
          <label htmlFor="translationId">{otherLocale === "ru" ? "Russian" : "English"} version of this article</label>
          <select
            id="translationId"
            name="translationId"
            value={values.translationId}
            onChange={(e) => set("translationId", e.target.value)}
            aria-invalid={errors.translationId?.length ? true : undefined}
            aria-describedby={describe("translationId")}
          >
            <option value="">None</option>
            {choices.map((c) => (
              <option key={c.id} value={String(c.id)} disabled={c.disabled && String(c.id) !== values.translationId}>
                {c.label}
              </option>
            ))}
          </select>
          <p className="field-hint" id="translationId-hint">
            Links the two so the language switch on the public page goes from one to the other.
          </p>
          {fieldError("translationId")}
        </div>

        <div className="field">
          <label htmlFor="author">Author (optional)</label>
          <input
            id="author"
            name="author"
            value={values.author}
            onChange={(e) => set("author", e.target.value)}
            maxLength={120}
            aria-invalid={errors.author?.length ? true : undefined}
            aria-describedby={describe("author")}
          />
          <p className="field-hint" id="author-hint">
            Shown as “By …” under the article.
          </p>
          {fieldError("author")}
        </div>

        <fieldset className="field news-radios" aria-describedby={describe("status")}>
          <legend>Status</legend>
          <label>
            <input type="radio" name="status" value="draft" checked={values.status === "draft"} onChange={() => set("status", "draft")} />
            Draft: not public
          </label>
          <label>
            <input type="radio" name="status" value="published" checked={values.status === "published"} onChange={() => set("status", "published")} />
            Published: public from the publish time
          </label>
          <p className="field-hint" id="status-hint">
            A published article with a publish time in the future is scheduled: it goes public by itself at that time.
          </p>
          {fieldError("status")}
        </fieldset>

        <div className="field">
          <label htmlFor="publishAt">Publish date and time (Moscow time)</label>
          <input
            id="publishAt"
            name="publishAt"
            type="datetime-local"
            step={1}
            value={values.publishAt}
            onChange={(e) => set("publishAt", e.target.value)}
            aria-invalid={errors.publishAt?.length ? true : undefined}
            aria-describedby={describe("publishAt")}
          />
          <p className="field-hint" id="publishAt-hint">
            Europe/Moscow time. Leave empty to publish the moment you save as Published.
          </p>
          {fieldError("publishAt")}
        </div>

        <div className="news-actions">
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? "Saving…" : mode === "create" ? "Create article" : "Save"}
          </button>
          {pending ? <span role="status">Saving…</span> : null}
        </div>
      </form>

      <section className="news-preview-pane" aria-labelledby="preview-heading">
        <div className="news-preview-pane__head">
          <h2 id="preview-heading">Preview</h2>
          <span className="field-hint" aria-live="polite">
            {preview.busy ? "Updating…" : preview.error ? preview.error : ""}
          </span>
        </div>
        <div data-testid="live-preview">
          <article className="article">
            <header className="article__head">
              <h2>{values.title || "Untitled"}</h2>
              {values.lede ? <p className="lead">{values.lede}</p> : null}
            </header>
            {cover ? <img className="article__cover" src={cover.url} alt={cover.alt} width={cover.width} height={cover.height} /> : null}
            {previewResult === null ? (
              initialPreview ?? <p className="field-hint">The body appears here as you type.</p>
            ) : previewResult.ok ? (
              <div className="prose">{previewResult.node}</div>
            ) : (
              <div className="form-error">
                <p style={{ margin: 0 }}>{previewResult.message ?? "The body can't be shown until these are fixed:"}</p>
                <ul>
                  {previewResult.problems.map((p, i) => (
                    <li key={i}>
                      Line {p.line}, column {p.column}: {p.message}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </article>
        </div>
      </section>
    </div>
  );
}
