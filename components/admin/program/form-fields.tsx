"use client";
// Field kinds the programme forms need beside partner-form-parts' TextField:
// a labelled textarea and a labelled checkbox, each with hint and errors tied
// to it by id (the id is the field's name), as TextField does.
import { describedBy, FieldErrors, FieldHint } from "@/components/admin/partner-form-parts";

export function TextAreaField({
  name,
  label,
  errors,
  hint,
  ...textarea
}: { name: string; label: string; errors?: string[]; hint?: React.ReactNode } & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <textarea id={name} name={name} rows={4} {...textarea} aria-invalid={errors ? true : undefined} aria-describedby={describedBy(name, hint !== undefined, errors)} />
      {hint !== undefined ? <FieldHint name={name}>{hint}</FieldHint> : null}
      <FieldErrors name={name} errors={errors} />
    </div>
  );
}

export function CheckboxField({ name, label, errors, hint, defaultChecked }: { name: string; label: string; errors?: string[]; hint?: React.ReactNode; defaultChecked: boolean }) {
  return (
    <div className="field partner-form__check">
      <input id={name} name={name} type="checkbox" defaultChecked={defaultChecked} aria-invalid={errors ? true : undefined} aria-describedby={describedBy(name, hint !== undefined, errors)} />
      <label htmlFor={name}>{label}</label>
      {hint !== undefined ? <FieldHint name={name}>{hint}</FieldHint> : null}
      <FieldErrors name={name} errors={errors} />
    </div>
  );
}
