// The pane beside the editor: the article as the public page lays it out
// (title, lede, cover, body), the body from the live preview, or until the
// first update the saved body the server rendered.
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { ArticleFormValues } from "@/lib/validation/news";
import { PreviewProblems } from "./preview-problems";
import type { LivePreview } from "./use-live-preview";

export type PreviewCover = { url: string; width: number; height: number; alt: string };

export function LivePreviewPane({
  values,
  preview,
  initialPreview,
  cover,
}: {
  values: Pick<ArticleFormValues, "title" | "lede">;
  preview: LivePreview;
  initialPreview?: ReactNode;
  cover: PreviewCover | null;
}) {
  const result = preview.result;
  const t = useTranslations("news.editorExtras");
  return (
    <section className="news-preview-pane" aria-labelledby="preview-heading">
      <div className="news-preview-pane__head">
        <h2 id="preview-heading">{t("preview")}</h2>
        <span className="field-hint" aria-live="polite">
          {preview.busy ? t("updating") : preview.failed ? t("previewFailed") : ""}
        </span>
      </div>
      <div data-testid="live-preview">
        <article className="article">
          <header className="article__head">
            <h2>{values.title || t("untitled")}</h2>
            {values.lede ? <p className="lead">{values.lede}</p> : null}
          </header>
          {cover ? <img className="article__cover" src={cover.url} alt={cover.alt} width={cover.width} height={cover.height} /> : null}
          {result === null ? (
            (initialPreview ?? <p className="field-hint">{t("bodyAppears")}</p>)
          ) : result.ok ? (
            <div className="prose">{result.node}</div>
          ) : (
            <PreviewProblems problems={result.problems} message={result.message} />
          )}
        </article>
      </div>
    </section>
  );
}
