"use client";
// Logo upload with a progress bar. The form is a plain multipart post to the
// route handler, so it works without JavaScript (the handler redirects back);
// with JavaScript the same form is sent by XMLHttpRequest to show progress.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ImageFileField } from "./image-file-field";
import { UploadStatusView } from "./upload-status";
import { initialUploadStatus, useImageUpload } from "./use-image-upload";

type Logo = { url: string; width: number; height: number };

export function PartnerLogoUpload({
  partnerId,
  partnerName,
  logo,
  maxBytes,
  initialError,
  initialNotice,
}: {
  partnerId: number;
  partnerName: string;
  logo: Logo | null;
  maxBytes: number;
  initialError?: string;
  initialNotice?: string;
}) {
  const router = useRouter();
  const [preview, setPreview] = useState<Logo | null>(logo);
  const input = useRef<HTMLInputElement>(null);
  const endpoint = `/admin/api/partners/${partnerId}/logo`;
  const { status, setStatus, send, busy } = useImageUpload({
    initial: initialUploadStatus(initialError, initialNotice),
    noun: "logo",
    onSaved: (reply) => {
      setPreview(reply.logo as Logo);
      if (input.current) input.current.value = "";
      router.refresh();
      return reply.message ?? "Logo saved.";
    },
  });

  useEffect(() => setPreview(logo), [logo]);

  function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setStatus({ kind: "error", message: "Choose an image file to upload." });
      input.current?.focus();
      return;
    }
    if (file.size > maxBytes) {
      setStatus({ kind: "error", message: "The file is larger than 2 MB. Save the logo at a smaller size and upload it again." });
      return;
    }
    send("POST", endpoint, new FormData(event.currentTarget));
  }

  return (
    <div className="partner-logo">
      <div className="partner-logo__current">
        {preview ? (
          <img src={preview.url} alt={`Current logo of ${partnerName}`} width={preview.width} height={preview.height} className="partner-logo__image" />
        ) : (
          <p className="field-hint">No logo yet: the public pages show the partner&apos;s initial instead.</p>
        )}
      </div>
      <form action={endpoint} method="post" encType="multipart/form-data" onSubmit={upload} className="admin-form partner-logo__form" aria-busy={busy}>
        <ImageFileField
          prefix="logo"
          name="logo"
          label={preview ? "Replace the logo" : "Logo image"}
          hint="PNG, JPEG, WebP or SVG; at most 2 MB and 4000 × 4000 pixels. The image is converted and scaled down to 800 pixels for the site; an SVG becomes a PNG picture."
          inputRef={input}
          invalid={status.kind === "error"}
          onChange={() => status.kind !== "idle" && !busy && setStatus({ kind: "idle" })}
        />
        <UploadStatusView status={status} prefix="logo" processingText="Checking and converting the image…" />
        <div>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? "Uploading…" : "Upload logo"}
          </button>
        </div>
      </form>
    </div>
  );
}
