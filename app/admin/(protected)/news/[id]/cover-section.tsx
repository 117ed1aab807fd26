// The editor's cover image section: the current cover (loaded by the page) and
// the outcome of a plain (no-JavaScript) form post, read from the query.
import type { ArticleCover } from "@/db/queries/admin-news-cover";
import { NewsCoverUpload } from "@/components/admin/news-cover-upload";
import { isCoverFailure } from "@/lib/news/cover-messages";
import { adminText } from "@/lib/i18n/admin-text";
import { uploadFailureText } from "@/lib/uploads/failure-text";
import { COVER_ALT_MAX_LENGTH } from "@/lib/uploads/cover";
import { UPLOAD_MAX_BYTES } from "@/lib/uploads/prepare-image";

const notices = { saved: "cover.saved", "alt-saved": "cover.altSaved", removed: "cover.removed" } as const;

type QueryValue = string | string[] | undefined;

export async function CoverSection({ articleId, cover, notice, error }: { articleId: number; cover: ArticleCover | null; notice: QueryValue; error: QueryValue }) {
  const { t } = await adminText("uploads");
  return (
    <section id="cover" className="news-cover-section" aria-labelledby="cover-title" tabIndex={-1}>
      <h2 id="cover-title">{t("cover.heading")}</h2>
      <p className="field-hint">
        {t("cover.intro")}
      </p>
      <NewsCoverUpload
        articleId={articleId}
        cover={cover}
        maxBytes={UPLOAD_MAX_BYTES}
        altMaxLength={COVER_ALT_MAX_LENGTH}
        initialError={isCoverFailure(error) ? await uploadFailureText(error, "cover") : undefined}
        initialNotice={notice === "saved" || notice === "alt-saved" || notice === "removed" ? t(notices[notice]) : undefined}
      />
    </section>
  );
}
