"use client";
// An image upload with a progress bar (a partner's logo, a person's photo).
// The form is a plain multipart post to the route handler, so it works without
// JavaScript (the handler redirects back); with JavaScript the same form is
// sent by XMLHttpRequest to show progress (use-image-upload.ts). The route
// answers `{ [noun]: image, message }`, and the file field is named after the
// noun too.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { FileField } from "./form-kit";
import { UploadStatusView } from "./upload-status";
import { initialUploadStatus, useImageUpload } from "./use-image-upload";

type Image = { url: string; width: number; height: number };

export function ImageUpload({
  endpoint,
  noun,
  ownerName,
  image,
  imageClassName,
  label,
  emptyText,
  hint,
  processingText,
  maxBytes,
  initialError,
  initialNotice,
}: {
  endpoint: string;
  noun: "logo" | "photo";
  /** Whose image it is, for the current image's alt text. */
  ownerName: string;
  image: Image | null;
  imageClassName: string;
  /** The file field's label while there is no image yet (then it reads "Replace the …"). */
  label: string;
  emptyText: string;
  hint: string;
  processingText: string;
  maxBytes: number;
  initialError?: string;
  initialNotice?: string;
}) {
  const router = useRouter();
  const t = useTranslations("uploads");
  const [preview, setPreview] = useState<Image | null>(image);
  // A new image from the server (after router.refresh) replaces the one the last upload answered with.
  // Adjusted while rendering, as React's docs advise for state that follows a prop, not in an effect.
  const [previewOf, setPreviewOf] = useState(image);
  if (image !== previewOf) {
    setPreviewOf(image);
    setPreview(image);
  }
  const input = useRef<HTMLInputElement>(null);
  const { status, setStatus, send, busy } = useImageUpload({
    initial: initialUploadStatus(initialError, initialNotice),
    noun,
    onSaved: (reply) => {
      setPreview(reply[noun] as Image);
      if (input.current) input.current.value = "";
      router.refresh();
      return reply.message ?? t("saved", { noun });
    },
  });

  function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setStatus({ kind: "error", message: t("chooseFile") });
      input.current?.focus();
      return;
    }
    if (file.size > maxBytes) {
      setStatus({ kind: "error", message: t("tooLarge", { noun }) });
      return;
    }
    send("POST", endpoint, new FormData(event.currentTarget));
  }

  return (
    <div className="partner-logo">
      <div className="partner-logo__current">
        {preview ? (
          <img src={preview.url} alt={t("current", { noun, owner: ownerName })} width={preview.width} height={preview.height} className={imageClassName} />
        ) : (
          <p className="field-hint">{emptyText}</p>
        )}
      </div>
      <form action={endpoint} method="post" encType="multipart/form-data" onSubmit={upload} className="admin-form partner-logo__form" aria-busy={busy}>
        <FileField
          prefix={noun}
          name={noun}
          label={preview ? t("replace", { noun }) : label}
          hint={hint}
          inputRef={input}
          invalid={status.kind === "error"}
          onChange={() => status.kind !== "idle" && !busy && setStatus({ kind: "idle" })}
        />
        <UploadStatusView status={status} prefix={noun} processingText={processingText} />
        <div>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t("uploading") : t("upload", { noun })}
          </button>
        </div>
      </form>
    </div>
  );
}
