"use client";
// A person's photo upload with a progress bar: a plain multipart post to the
// route handler (app/admin/api/people/[id]/photo), so it works without
// JavaScript (the handler redirects back); with JavaScript the same form goes
// by XMLHttpRequest to show progress (use-image-upload.ts).
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ImageFileField } from "@/components/admin/image-file-field";
import { UploadStatusView } from "@/components/admin/upload-status";
import { initialUploadStatus, useImageUpload } from "@/components/admin/use-image-upload";

type Photo = { url: string; width: number; height: number };

export function PersonPhotoUpload({
  personId,
  personName,
  photo,
  maxBytes,
  initialError,
  initialNotice,
}: {
  personId: number;
  personName: string;
  photo: Photo | null;
  maxBytes: number;
  initialError?: string;
  initialNotice?: string;
}) {
  const router = useRouter();
  const [preview, setPreview] = useState<Photo | null>(photo);
  const input = useRef<HTMLInputElement>(null);
  const endpoint = `/admin/api/people/${personId}/photo`;
  const { status, setStatus, send, busy } = useImageUpload({
    initial: initialUploadStatus(initialError, initialNotice),
    noun: "photo",
    onSaved: (reply) => {
      setPreview(reply.photo as Photo);
      if (input.current) input.current.value = "";
      router.refresh();
      return reply.message ?? "Photo saved.";
    },
  });

  useEffect(() => setPreview(photo), [photo]);

  function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setStatus({ kind: "error", message: "Choose an image file to upload." });
      input.current?.focus();
      return;
    }
    if (file.size > maxBytes) {
      setStatus({ kind: "error", message: "The file is larger than 2 MB. Save the photo at a smaller size and upload it again." });
      return;
    }
    send("POST", endpoint, new FormData(event.currentTarget));
  }

  return (
    <div className="partner-logo">
      <div className="partner-logo__current">
        {preview ? (
          <img src={preview.url} alt={`Current photo of ${personName}`} width={preview.width} height={preview.height} className="person-photo__image" />
        ) : (
          <p className="field-hint">No photo yet.</p>
        )}
      </div>
      <form action={endpoint} method="post" encType="multipart/form-data" onSubmit={upload} className="admin-form partner-logo__form" aria-busy={busy}>
        <ImageFileField
          prefix="photo"
          name="photo"
          label={preview ? "Replace the photo" : "Photo"}
          hint="JPEG, PNG or WebP; at most 2 MB and 4000 × 4000 pixels. The photo is converted and scaled down to 800 pixels for the site."
          inputRef={input}
          invalid={status.kind === "error"}
          onChange={() => status.kind !== "idle" && !busy && setStatus({ kind: "idle" })}
        />
        <UploadStatusView status={status} prefix="photo" processingText="Checking and converting the photo…" />
        <div>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? "Uploading…" : "Upload photo"}
          </button>
        </div>
      </form>
    </div>
  );
}
