// The admin form kit: every admin form builds its fields and its outcome from
// these, so labels, hints, errors and the error summary behave the same on
// every page (issue 12). The parts' helpers (FieldErrors, controlAria, …) stay
// inside the kit's own files.
export { Field } from "./field";
export { TextAreaField, TextField } from "./text-fields";
export { SelectField } from "./select-field";
export { CheckboxField } from "./checkbox-field";
export { RadioGroup } from "./radio-group";
export { FileField } from "./file-field";
export { ErrorSummary } from "./error-summary";
