// A group of radio buttons: a fieldset whose legend names the choice, each
// option labelled (and optionally hinted) on its own, and the group's hint and
// errors tied to the fieldset. The fieldset carries the name as its id, so the
// error summary's #name link lands on the group.
import type { ReactNode } from "react";
import { describedBy, FieldErrors, FieldHint } from "./field";

export type RadioOption = { value: string; label: ReactNode; hint?: ReactNode };

export function RadioGroup({
  name,
  legend,
  options,
  hint,
  errors,
  value,
  defaultValue,
  onChange,
  className,
}: {
  name: string;
  legend: ReactNode;
  options: RadioOption[];
  hint?: ReactNode;
  errors?: string[];
  /** Controlled: the chosen value, with onChange. */
  value?: string;
  /** Uncontrolled: the value chosen at first. */
  defaultValue?: string;
  onChange?: (value: string) => void;
  className?: string;
}) {
  return (
    <fieldset
      className={className ? `field radio-group ${className}` : "field radio-group"}
      id={name}
      aria-invalid={errors?.length ? true : undefined}
      aria-describedby={describedBy(name, hint !== undefined, errors)}
    >
      <legend>{legend}</legend>
      {options.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <div key={option.value} className="radio-option">
            <input
              type="radio"
              id={id}
              name={name}
              value={option.value}
              {...(value !== undefined ? { checked: value === option.value, onChange: () => onChange?.(option.value) } : { defaultChecked: defaultValue === option.value })}
              aria-describedby={option.hint !== undefined ? `${id}-hint` : undefined}
            />
            <label htmlFor={id}>{option.label}</label>
            {option.hint !== undefined ? <FieldHint id={id}>{option.hint}</FieldHint> : null}
          </div>
        );
      })}
      {hint !== undefined ? <FieldHint id={name}>{hint}</FieldHint> : null}
      <FieldErrors id={name} errors={errors} />
    </fieldset>
  );
}
