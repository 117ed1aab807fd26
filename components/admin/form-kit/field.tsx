// The one field contract of every admin form: a label tied to its control by
// id, and the hint and error messages tied to it by aria-describedby, with
// aria-invalid while it has errors. The id defaults to the field's name, so the
// error summary can link to it as #name; a form with two fields of one name on
// a page (the users pages) gives its own ids.
import type { ReactNode } from "react";

export type FieldProps = {
  name: string;
  label: ReactNode;
  /** The control's id, when it cannot be the name. */
  id?: string;
  hint?: ReactNode;
  errors?: string[];
};

/** The props that tie a control to its hint and errors. */
export type ControlAria = { "aria-invalid"?: true; "aria-describedby"?: string };

/** The ids a control is described by: its hint, its errors, then any extra (a list of body problems). */
export function describedBy(id: string, hasHint: boolean, errors?: string[], ...extra: (string | null | undefined | false)[]): string | undefined {
  const ids = [hasHint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null, ...extra].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function controlAria(id: string, hasHint: boolean, errors?: string[], ...extra: (string | null | undefined | false)[]): ControlAria {
  return { "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy(id, hasHint, errors, ...extra) };
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={`${id}-hint`} className="field-hint">
      {children}
    </p>
  );
}

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={`${id}-error`} className="field-error">
      {errors.join(" ")}
    </p>
  );
}

/**
 * A field whose control is not one of the kit's (a select with a hidden twin,
 * a textarea with a ref): the label, hint and errors, and `children` gets the
 * aria props to spread on the control. `after` follows the errors (e.g. a
 * list of problems the control also points at through `describedByExtra`).
 */
export function Field({
  id,
  label,
  hint,
  errors,
  className,
  describedByExtra,
  after,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  className?: string;
  describedByExtra?: string | null;
  after?: ReactNode;
  children: (aria: ControlAria) => ReactNode;
}) {
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label htmlFor={id}>{label}</label>
      {children(controlAria(id, hint !== undefined, errors, describedByExtra))}
      {hint !== undefined ? <FieldHint id={id}>{hint}</FieldHint> : null}
      <FieldErrors id={id} errors={errors} />
      {after}
    </div>
  );
}
