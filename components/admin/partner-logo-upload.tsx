"use client";
// Logo upload with a progress bar. The form is a plain multipart post to the
// route handler, so it works without JavaScript (the handler redirects back);
// with JavaScript the same form is sent by XMLHttpRequest to show progress.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

type Logo = { url: string; width: number; height: number };
type Status = { kind: "idle" } | { kind: "uploading"; percent: number } | { kind: "processing" } | { kind: "done"; message: string } | { kind: "error"; message: string };

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
  const [status, setStatus] = useState<Status>(
    initialError ? { kind: "error", message: initialError } : initialNotice ? { kind: "done", message: initialNotice } : { kind: "idle" },
  );
  const [preview, setPreview] = useState<Logo | null>(logo);
  const input = useRef<HTMLInputElement>(null);
  const request = useRef<XMLHttpRequest | null>(null);
  const endpoint = `/admin/api/partners/${partnerId}/logo`;

  useEffect(() => setPreview(logo), [logo]);
  useEffect(() => () => request.current?.abort(), []);

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
    const xhr = new XMLHttpRequest();
    request.current = xhr;
    xhr.open("POST", endpoint);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setStatus({ kind: "uploading", percent: Math.min(100, Math.round((e.loaded / e.total) * 100)) });
    };
    xhr.upload.onload = () => setStatus({ kind: "processing" });
    xhr.onload = () => {
      const body = (xhr.response ?? {}) as { ok?: boolean; logo?: Logo; message?: string; error?: string };
      if (xhr.status === 200 && body.ok && body.logo) {
        setPreview(body.logo);
        setStatus({ kind: "done", message: body.message ?? "Logo saved." });
        if (input.current) input.current.value = "";
        router.refresh();
      } else if (xhr.status === 401) {
        setStatus({ kind: "error", message: "Your session has ended. Sign in again in another tab, then upload the logo again." });
      } else if (xhr.status === 403) {
        setStatus({ kind: "error", message: body.error ?? "You may not change this partner." });
      } else {
        setStatus({ kind: "error", message: body.error ?? `The upload failed (error ${xhr.status}). Try again.` });
      }
    };
    xhr.onerror = () => setStatus({ kind: "error", message: "The upload was interrupted. Check your connection and try again." });
    setStatus({ kind: "uploading", percent: 0 });
    xhr.send(new FormData(event.currentTarget));
  }

  const busy = status.kind === "uploading" || status.kind === "processing";
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
        <div className="field">
          <label htmlFor="logo-file">{preview ? "Replace the logo" : "Logo image"}</label>
          <input
            ref={input}
            id="logo-file"
            name="logo"
            type="file"
            accept="image/png,image/jpeg,image/webp,image/svg+xml,.png,.jpg,.jpeg,.webp,.svg"
            aria-describedby={`logo-hint${status.kind === "error" ? " logo-status" : ""}`}
            aria-invalid={status.kind === "error" ? true : undefined}
            onChange={() => status.kind !== "idle" && !busy && setStatus({ kind: "idle" })}
          />
          <p id="logo-hint" className="field-hint">
            PNG, JPEG, WebP or SVG; at most 2 MB and 4000 × 4000 pixels. The image is converted and scaled down to 800 pixels for the site; an SVG becomes a PNG picture.
          </p>
        </div>
        <div className="partner-logo__status" aria-live="polite">
          {status.kind === "uploading" ? (
            <>
              <progress id="logo-progress" max={100} value={status.percent} aria-label="Upload progress" />
              <span> Uploading… {status.percent}%</span>
            </>
          ) : status.kind === "processing" ? (
            <span>Checking and converting the image…</span>
          ) : null}
        </div>
        {status.kind === "error" ? (
          <p id="logo-status" className="form-error" role="alert">
            {status.message}
          </p>
        ) : status.kind === "done" ? (
          <p id="logo-status" className="form-notice" role="status">
            {status.message}
          </p>
        ) : null}
        <div>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? "Uploading…" : "Upload logo"}
          </button>
        </div>
      </form>
    </div>
  );
}
