// The labelled file input of an image upload form, with its hint and the
// outcome message wired in for screen readers.
import type { RefObject } from "react";

export const IMAGE_ACCEPT = "image/png,image/jpeg,image/webp,image/svg+xml,.png,.jpg,.jpeg,.webp,.svg";

export function ImageFileField({
  prefix,
  name,
  label,
  hint,
  inputRef,
  invalid,
  onChange,
}: {
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
