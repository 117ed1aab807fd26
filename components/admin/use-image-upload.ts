"use client";
// Sends an upload form by XMLHttpRequest, which (unlike fetch) reports upload
// progress, and turns the route handler's JSON answer into a status the form
// shows. Shared by the partner logo and news cover forms; the forms are plain
// multipart posts underneath, so they work without JavaScript too.
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

export type UploadStatus =
  | { kind: "idle" }
  | { kind: "uploading"; percent: number }
  | { kind: "processing" }
  | { kind: "done"; message: string }
  | { kind: "error"; message: string };

export type UploadReply = { ok?: boolean; message?: string; error?: string } & Record<string, unknown>;

export function initialUploadStatus(error?: string, notice?: string): UploadStatus {
  return error ? { kind: "error", message: error } : notice ? { kind: "done", message: notice } : { kind: "idle" };
}

export function useImageUpload({ initial, onSaved, noun }: { initial: UploadStatus; onSaved: (reply: UploadReply) => string; noun: string }) {
  const t = useTranslations("uploads");
  const [status, setStatus] = useState<UploadStatus>(initial);
  const request = useRef<XMLHttpRequest | null>(null);
  useEffect(() => () => request.current?.abort(), []);

  /** Sends `body` to `url`; `onSaved` applies a 200 answer and returns the message to show. */
  function send(method: "POST" | "DELETE", url: string, body: FormData | null) {
    request.current?.abort();
    const xhr = new XMLHttpRequest();
    request.current = xhr;
    xhr.open(method, url);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setStatus({ kind: "uploading", percent: Math.min(100, Math.round((e.loaded / e.total) * 100)) });
    };
    xhr.upload.onload = () => setStatus({ kind: "processing" });
    xhr.onload = () => {
      const reply = (xhr.response ?? {}) as UploadReply;
      if (xhr.status === 200 && reply.ok) {
        setStatus({ kind: "done", message: onSaved(reply) });
      } else if (xhr.status === 401) {
        setStatus({ kind: "error", message: t("sessionEnded", { noun }) });
      } else {
        setStatus({ kind: "error", message: reply.error ?? t("failed", { status: xhr.status }) });
      }
    };
    xhr.onerror = () => setStatus({ kind: "error", message: t("interrupted") });
    setStatus(body ? { kind: "uploading", percent: 0 } : { kind: "processing" });
    xhr.send(body);
  }

  const busy = status.kind === "uploading" || status.kind === "processing";
  return { status, setStatus, send, busy };
}
