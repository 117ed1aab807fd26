// The labelled file input of an upload form. Its problems are not field
// errors from an action but the upload's status message (upload-status.tsx,
// id `${prefix}-status`), so that is what it is described by when invalid.
import type { RefObject } from "react";

const IMAGE_ACCEPT = "image/png,image/jpeg,image/webp,image/svg+xml,.png,.jpg,.jpeg,.webp,.svg";

export function FileField({
  prefix,
  name,
  label,
  hint,
  inputRef,
  invalid,
  onChange,
}: {
  /** Names the ids: `${prefix}-file`, `${prefix}-hint`, `${prefix}-status`. */
  prefix: string;
  name: string;
  label: string;
  hint: string;
  inputRef: RefObject<HTMLInputElement | null>;
  invalid: boolean;
  onChange: () => void;
}) {
  return (
    <div className="field">
      <label htmlFor={`${prefix}-file`}>{label}</label>
      <input
        ref={inputRef}
        id={`${prefix}-file`}
        name={name}
        type="file"
        accept={IMAGE_ACCEPT}
        aria-describedby={`${prefix}-hint${invalid ? ` ${prefix}-status` : ""}`}
        aria-invalid={invalid ? true : undefined}
        onChange={onChange}
      />
      <p id={`${prefix}-hint`} className="field-hint">
        {hint}
      </p>
    </div>
  );
}
