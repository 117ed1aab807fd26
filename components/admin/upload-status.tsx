// Progress while an image uploads, then its outcome: errors as an alert (read
// out at once), success as a status message. `prefix` names the ids, so the
// file input can point at the message with aria-describedby.
import { useTranslations } from "next-intl";
import type { UploadStatus } from "./use-image-upload";

export function UploadStatusView({ status, prefix, processingText }: { status: UploadStatus; prefix: string; processingText: string }) {
  const t = useTranslations("uploads");
  return (
    <>
      <div className="upload-status" aria-live="polite">
        {status.kind === "uploading" ? (
          <>
            <progress id={`${prefix}-progress`} max={100} value={status.percent} aria-label={t("progressLabel")} />
            <span> {t("uploadingPercent", { percent: status.percent })}</span>
          </>
        ) : status.kind === "processing" ? (
          <span>{processingText}</span>
        ) : null}
      </div>
      {status.kind === "error" ? (
        <p id={`${prefix}-status`} className="form-error" role="alert">
          {status.message}
        </p>
      ) : status.kind === "done" ? (
        <p id={`${prefix}-status`} className="form-notice" role="status">
          {status.message}
        </p>
      ) : null}
    </>
  );
}
