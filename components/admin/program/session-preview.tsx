"use client";
// "Preview the descriptions": renders both bodies as the session page will,
// through the server's MDX pipeline, without saving; problems come back with
// their line and column. Needs JavaScript (without it, a save reports the same
// problems).
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition, type ReactNode } from "react";
import type { MdxProblem } from "@/lib/mdx/problems";
import { useMdxProblemText } from "../mdx-problem-text";

export type BodyPreview = { ok: true; node: ReactNode } | { ok: false; problems: MdxProblem[]; message?: string };
export type PreviewAction = (input: { bodyEn: string; bodyRu: string }) => Promise<{ en: BodyPreview; ru: BodyPreview }>;

export function SessionPreview({ action }: { action: PreviewAction }) {
  const t = useTranslations("programSessions.preview");
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
      <h2 id="session-preview-heading">{t("heading")}</h2>
      <button type="button" className="button" onClick={show} disabled={pending}>
        {pending ? t("rendering") : t("button")}
      </button>
      <div aria-live="polite">
        {failed ? <p className="form-error">{t("failed")}</p> : null}
        {result ? (
          <div className="session-preview__panes">
            <PreviewPane heading={t("english")} lang="en" preview={result.en} />
            <PreviewPane heading={t("russian")} lang="ru" preview={result.ru} />
          </div>
        ) : null}
      </div>
    </section>
  );
}

function PreviewPane({ heading, lang, preview }: { heading: string; lang: string; preview: BodyPreview }) {
  const t = useTranslations("programSessions.preview");
  const uiLocale = useLocale();
  const mdxWords = useMdxProblemText();
  return (
    // The pane is in the body's language; its heading and problems in the editor's.
    <div className="session-preview__pane" lang={lang}>
      <h3 lang={uiLocale}>{heading}</h3>
      {preview.ok ? (
        <div className="prose">{preview.node}</div>
      ) : (
        <div className="form-error" lang={uiLocale}>
          <p>{preview.message ?? t("cannotShow")}</p>
          <ul>
            {preview.problems.map((p, i) => (
              <li key={i}>{mdxWords.at(p)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
