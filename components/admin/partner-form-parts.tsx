"use client";
// Pieces the partners forms share: a labelled text field with hint and errors
// tied to the input, and the error summary that takes focus after a failed save.
import { useEffect, useRef } from "react";

export function describedBy(name: string, hasHint: boolean, errors?: string[]): string | undefined {
  const ids = [hasHint ? `${name}-hint` : null, errors?.length ? `${name}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** A labelled text input with its hint and errors tied to it by id (the id is the field's name). */
export function TextField({
  name,
  label,
  errors,
  hint,
  ...input
}: { name: string; label: string; errors?: string[]; hint?: React.ReactNode } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        name={name}
        autoComplete="off"
        {...input}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy(name, hint !== undefined, errors)}
      />
      {hint !== undefined ? <FieldHint name={name}>{hint}</FieldHint> : null}
      <FieldErrors name={name} errors={errors} />
    </div>
  );
}

export function FieldHint({ name, children }: { name: string; children: React.ReactNode }) {
  return (
    <p id={`${name}-hint`} className="field-hint">
      {children}
    </p>
  );
}

export function FieldErrors({ name, errors }: { name: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={`${name}-error`} className="field-error">
      {errors.join(" ")}
    </p>
  );
}

/**
 * The form-level alert: the message, then each field problem linking to its
 * input. Focused when a save fails, so keyboard and screen-reader users land on it.
 */
export function ErrorSummary({
  message,
  errors,
  labels,
  seq,
}: {
  message?: string;
  errors?: Partial<Record<string, string[]>>;
  labels: Record<string, string>;
  seq?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {}).filter((entry): entry is [string, string[]] => Boolean(entry[1]?.length));
  const show = Boolean(message) || entries.length > 0;
  useEffect(() => {
    if (show) ref.current?.focus();
  }, [show, seq]);
  if (!show) return null;
  return (
    <div ref={ref} className="form-error partner-error-summary" role="alert" tabIndex={-1}>
      {message ? <p>{message}</p> : null}
      {entries.length ? (
        <>
          <p>{entries.length === 1 ? "Please correct this:" : `Please correct these ${entries.length} things:`}</p>
          <ul>
            {entries.map(([field, messages]) => (
              <li key={field}>
                {labels[field] ? <a href={`#${field}`}>{labels[field]}</a> : null}
                {labels[field] ? ": " : null}
                {messages.join(" ")}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
