"use client";
// A multi-line text field and a select with the same contract as TextField
// (components/admin/partner-form-parts.tsx): label, hint and errors tied to
// the control by id, the id being the field's name.
import { describedBy, FieldErrors, FieldHint } from "./partner-form-parts";

type Common = { name: string; label: string; errors?: string[]; hint?: React.ReactNode };

export function TextAreaField({ name, label, errors, hint, ...textarea }: Common & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <textarea
        id={name}
        name={name}
        {...textarea}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy(name, hint !== undefined, errors)}
      />
      {hint !== undefined ? <FieldHint name={name}>{hint}</FieldHint> : null}
      <FieldErrors name={name} errors={errors} />
    </div>
  );
}

export type Choice = { value: string; label: string };

export function SelectField({
  name,
  label,
  errors,
  hint,
  choices,
  placeholder,
  ...select
}: Common & { choices: Choice[]; placeholder?: string } & React.SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select
        id={name}
        name={name}
        {...select}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy(name, hint !== undefined, errors)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      {hint !== undefined ? <FieldHint name={name}>{hint}</FieldHint> : null}
      <FieldErrors name={name} errors={errors} />
    </div>
  );
}
