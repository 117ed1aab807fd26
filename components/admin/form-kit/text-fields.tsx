// Single- and multi-line text fields on the kit's contract (field.tsx).
import { Field, type FieldProps } from "./field";

export function TextField({ name, id = name, label, hint, errors, ...input }: FieldProps & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      {(aria) => <input id={id} name={name} autoComplete="off" {...input} {...aria} />}
    </Field>
  );
}

export function TextAreaField({ name, id = name, label, hint, errors, ...textarea }: FieldProps & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      {(aria) => <textarea id={id} name={name} {...textarea} {...aria} />}
    </Field>
  );
}
