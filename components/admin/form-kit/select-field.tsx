// A labelled select on the kit's contract (field.tsx).
import { Field, type FieldProps } from "./field";

export type Choice = { value: string; label: string; disabled?: boolean };

export function SelectField({
  name,
  id = name,
  label,
  hint,
  errors,
  choices,
  placeholder,
  ...select
}: FieldProps & { choices: Choice[]; placeholder?: string } & React.SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      {(aria) => (
        <select id={id} name={name} {...select} {...aria}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value} disabled={choice.disabled}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
