"use client";
// "Preview the descriptions": renders both bodies as the session page will,
// through the server's MDX pipeline, without saving; problems come back with
// their line and column. Needs JavaScript (without it, a save reports the same
// problems).
import { useState, useTransition, type ReactNode } from "react";

export type BodyPreview = { ok: true; node: ReactNode } | { ok: false; problems: { line: number; column: number; message: string }[]; message?: string };
export type PreviewAction = (input: { bodyEn: string; bodyRu: string }) => Promise<{ en: BodyPreview; ru: BodyPreview }>;

export function SessionPreview({ action }: { action: PreviewAction }) {
  const [result, setResult] = useState<{ en: BodyPreview; ru: BodyPreview } | null>(null);
  const [failed, setFailed] = useState(false);
  const [pending, startTransition] = useTransition();
  function show(event: React.MouseEvent<HTMLButtonElement>) {
    const form = event.currentTarget.form;
    if (!form) return;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "");
    startTransition(async () => {
      try {
        setResult(await action({ bodyEn: text("bodyEn"), bodyRu: text("bodyRu") }));
        setFailed(false);
      } catch {
        setFailed(true);
      }
    });
  }
  return (
    <section className="session-preview" aria-labelledby="session-preview-heading">
      <h2 id="session-preview-heading">Preview</h2>
      <button type="button" className="button" onClick={show} disabled={pending}>
        {pending ? "Rendering…" : "Preview the descriptions"}
      </button>
      <div aria-live="polite">
        {failed ? <p className="form-error">The preview could not be made: the server did not answer. Your text is unchanged.</p> : null}
        {result ? (
          <div className="session-preview__panes">
            <PreviewPane heading="English" lang="en" preview={result.en} />
            <PreviewPane heading="Russian" lang="ru" preview={result.ru} />
          </div>
        ) : null}
      </div>
    </section>
  );
}

function PreviewPane({ heading, lang, preview }: { heading: string; lang: string; preview: BodyPreview }) {
  return (
    <div className="session-preview__pane" lang={lang}>
      <h3>{heading}</h3>
      {preview.ok ? (
        <div className="prose">{preview.node}</div>
      ) : (
        <div className="form-error">
          <p>{preview.message ?? "This text can't be shown until these are fixed:"}</p>
          <ul>
            {preview.problems.map((p, i) => (
              <li key={i}>
                Line {p.line}, column {p.column}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
