// A checkbox with its label after it, on the kit's contract (field.tsx).
import { controlAria, FieldErrors, FieldHint, type FieldProps } from "./field";

export function CheckboxField({ name, id = name, label, hint, errors, ...input }: FieldProps & Omit<React.InputHTMLAttributes<HTMLInputElement>, "type">) {
  return (
    <div className="field field--check">
      <input id={id} name={name} type="checkbox" {...input} {...controlAria(id, hint !== undefined, errors)} />
      <label htmlFor={id}>{label}</label>
      {hint !== undefined ? <FieldHint id={id}>{hint}</FieldHint> : null}
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}
