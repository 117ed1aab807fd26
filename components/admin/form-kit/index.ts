// The admin form kit: every admin form builds its fields and its outcome from
// these, so labels, hints, errors and the error summary behave the same on
// every page (issue 12).
export { Field, FieldErrors, FieldHint, controlAria, describedBy, type ControlAria, type FieldProps } from "./field";
export { TextAreaField, TextField } from "./text-fields";
export { SelectField, type Choice } from "./select-field";
export { CheckboxField } from "./checkbox-field";
export { RadioGroup, type RadioOption } from "./radio-group";
export { FileField } from "./file-field";
export { ErrorSummary, FormNotice } from "./error-summary";
