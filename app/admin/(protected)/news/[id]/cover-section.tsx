// The editor's cover image section: the current cover (loaded by the page) and
// the outcome of a plain (no-JavaScript) form post, read from the query.
import type { ArticleCover } from "@/db/queries/admin-news-cover";
import { NewsCoverUpload } from "@/components/admin/news-cover-upload";
import { coverFailureMessages, isCoverFailure } from "@/lib/news/cover-messages";
import { COVER_ALT_MAX_LENGTH } from "@/lib/uploads/cover";
import { UPLOAD_MAX_BYTES } from "@/lib/uploads/prepare-image";

const notices: Record<string, string> = {
  saved: "Cover saved. The public pages show it now.",
  "alt-saved": "Cover description saved.",
  removed: "Cover removed. The public pages show the article without it now.",
};

type QueryValue = string | string[] | undefined;

export function CoverSection({ articleId, cover, notice, error }: { articleId: number; cover: ArticleCover | null; notice: QueryValue; error: QueryValue }) {
  return (
    <section id="cover" className="news-cover-section" aria-labelledby="cover-title" tabIndex={-1}>
      <h2 id="cover-title">Cover image</h2>
      <p className="field-hint">
        Shown at the top of the public article. It is saved on its own as soon as you upload it; the Save button above is for the text.
      </p>
      <NewsCoverUpload
        articleId={articleId}
        cover={cover}
        maxBytes={UPLOAD_MAX_BYTES}
        altMaxLength={COVER_ALT_MAX_LENGTH}
        initialError={isCoverFailure(error) ? coverFailureMessages[error] : undefined}
        initialNotice={typeof notice === "string" ? notices[notice] : undefined}
      />
    </section>
  );
}
