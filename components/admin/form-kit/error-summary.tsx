"use client";
// The outcome of a form's last answer. A refusal is a focused alert: the
// form-level message, then each field problem linking to its field, so
// keyboard and screen-reader users land on what went wrong and can jump to it.
// A success is a status message (read out, focus left where it was).
import { useTranslations } from "next-intl";
import { useEffect, useRef, type ReactNode } from "react";

export function ErrorSummary({
  message,
  errors,
  labels,
  ids,
  focusKey,
  notice,
  children,
}: {
  message?: string;
  errors?: Partial<Record<string, string[]>>;
  /** Field name → its label; a field without one is listed without a link. */
  labels: Record<string, string>;
  /** Field name → the control's id, where it is not the name. */
  ids?: Record<string, string>;
  /** Changes with every answer (a sequence number or the state itself), so a second refusal takes focus again. */
  focusKey?: unknown;
  /** What a success says, shown when there is nothing to correct. */
  notice?: ReactNode;
  /** Ways out of the refusal (e.g. the conflict's compare and overwrite). */
  children?: ReactNode;
}) {
  const t = useTranslations("formKit");
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {}).filter((entry): entry is [string, string[]] => Boolean(entry[1]?.length));
  const show = Boolean(message) || entries.length > 0;
  useEffect(() => {
    if (show) ref.current?.focus();
  }, [show, focusKey]);
  if (!show) return notice ? <FormNotice>{notice}</FormNotice> : null;
  return (
    <div ref={ref} className="form-error error-summary" role="alert" tabIndex={-1}>
      {message ? <p>{message}</p> : null}
      {entries.length ? (
        <>
          <p>{entries.length === 1 ? t("correctOne") : t("correctMany", { count: entries.length })}</p>
          <ul>
            {entries.map(([field, messages]) => (
              <li key={field}>
                {labels[field] ? <a href={`#${ids?.[field] ?? field}`}>{labels[field]}</a> : null}
                {labels[field] ? ": " : null}
                {messages.join(" ")}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {children}
    </div>
  );
}

function FormNotice({ children }: { children: ReactNode }) {
  return (
    <p className="form-notice" role="status">
      {children}
    </p>
  );
}
