"use client";
// The cover image of one article: the current picture, a file input and its
// alt text, and "Remove cover". Saved on its own (not with the article's Save
// button) by the cover route handler; plain multipart posts underneath, so it
// works without JavaScript, and with JavaScript the upload shows progress.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FileField } from "./form-kit";
import { UploadStatusView } from "./upload-status";
import { initialUploadStatus, useImageUpload } from "./use-image-upload";

export type CoverView = { url: string; width: number; height: number; alt: string };

export function NewsCoverUpload({
  articleId,
  cover,
  maxBytes,
  altMaxLength,
  initialError,
  initialNotice,
}: {
  articleId: number;
  cover: CoverView | null;
  maxBytes: number;
  altMaxLength: number;
  initialError?: string;
  initialNotice?: string;
}) {
  const router = useRouter();
  const [preview, setPreview] = useState<CoverView | null>(cover);
  // A new cover from the server (after router.refresh) replaces the one the last upload answered with.
  // Adjusted while rendering, as React's docs advise for state that follows a prop, not in an effect.
  const [previewOf, setPreviewOf] = useState(cover);
  if (cover !== previewOf) {
    setPreviewOf(cover);
    setPreview(cover);
  }
  const [alt, setAlt] = useState(cover?.alt ?? "");
  const t = useTranslations("uploads");
  const input = useRef<HTMLInputElement>(null);
  const altInput = useRef<HTMLTextAreaElement>(null);
  const endpoint = `/admin/api/news/${articleId}/cover`;
  const { status, setStatus, send, busy } = useImageUpload({
    initial: initialUploadStatus(initialError, initialNotice),
    noun: "cover image",
    onSaved: (reply) => {
      const next = reply.cover as Partial<CoverView> | null;
      setPreview((current) => (next === null ? null : next.url ? (next as CoverView) : current && { ...current, alt: next.alt ?? current.alt }));
      if (next === null) setAlt("");
      if (input.current) input.current.value = "";
      router.refresh();
      return reply.message ?? t("cover.savedShort");
    },
  });

  function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file && !preview) {
      setStatus({ kind: "error", message: t("errors.coverMissing") });
      input.current?.focus();
      return;
    }
    if (file && file.size > maxBytes) {
      setStatus({ kind: "error", message: t("errors.tooLarge", { noun: "cover" }) });
      input.current?.focus();
      return;
    }
    if (alt.trim() === "") {
      setStatus({ kind: "error", message: t("errors.altMissing") });
      altInput.current?.focus();
      return;
    }
    send("POST", endpoint, new FormData(event.currentTarget));
  }

  function remove(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send("DELETE", endpoint, null);
  }

  const invalid = status.kind === "error";
  return (
    <div className="news-cover">
      <div className="news-cover__current">
        {preview ? (
          <img src={preview.url} alt={preview.alt ? t("cover.currentWithAlt", { alt: preview.alt }) : t("cover.current")} width={preview.width} height={preview.height} className="news-cover__image" />
        ) : (
          <p className="field-hint news-cover__none">{t("cover.none")}</p>
        )}
        {preview ? (
          <form action={endpoint} method="post" encType="multipart/form-data" onSubmit={remove} className="news-cover__remove">
            <input type="hidden" name="intent" value="remove" />
            <button type="submit" className="button button--small" disabled={busy}>
              {t("cover.remove")}
            </button>
          </form>
        ) : null}
      </div>
      <div className="news-cover__forms">
        <form action={endpoint} method="post" encType="multipart/form-data" onSubmit={upload} className="admin-form news-cover__form" aria-busy={busy} aria-label={t("cover.formLabel")}>
          <FileField
            prefix="cover"
            name="cover"
            label={preview ? t("cover.replace") : t("cover.file")}
            hint={t("cover.fileHint")}
            inputRef={input}
            invalid={invalid}
            onChange={() => status.kind !== "idle" && !busy && setStatus({ kind: "idle" })}
          />
          <div className="field">
            <label htmlFor="cover-alt">{t("cover.alt")}</label>
            <textarea
              ref={altInput}
              id="cover-alt"
              name="alt"
              rows={2}
              required
              maxLength={altMaxLength}
              value={alt}
              onChange={(e) => setAlt(e.target.value)}
              aria-describedby={`cover-alt-hint${invalid ? " cover-status" : ""}`}
            />
            <p id="cover-alt-hint" className="field-hint">
              {t("cover.altHint", { max: altMaxLength })}
            </p>
          </div>
          <div className="news-cover__submit">
            <UploadStatusView status={status} prefix="cover" processingText={t("cover.processing")} />
            <div>
              <button type="submit" className="button button--primary" disabled={busy}>
                {busy ? t("cover.saving") : preview ? t("cover.save") : t("cover.upload")}
              </button>
            </div>
          </div>
        </form>
      </div>
    </div>
  );
}
