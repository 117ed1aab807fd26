"use client";
// The edition's settings (titles, dates, time zone and how it is named, venue)
// and whether its programme is public. Admins only.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormState } from "@/lib/admin/forms";
import type { EditionFormValues } from "@/lib/validation/edition";
import { ErrorSummary, SelectField, TextField } from "../form-kit";

type Action = (state: FormState<EditionFormValues>, formData: FormData) => Promise<FormState<EditionFormValues>>;

const LABELLED_FIELDS = [
  "titleEn", "titleRu", "startsOn", "endsOn", "timezone", "zoneLabelEn", "zoneLabelRu",
  "venueNameEn", "venueNameRu", "venueAddressEn", "venueAddressRu", "programState",
] as const;

export function EditionForm({ action, initial }: { action: Action; initial: EditionFormValues }) {
  const t = useTranslations("programEdition");
  const saving = useTranslations("formKit")("saving");
  const labels: Record<string, string> = {
    ...Object.fromEntries(LABELLED_FIELDS.map((name) => [name, t(`labels.${name}`)])),
    id: t("labels.edition"),
    version: t("labels.edition"),
  };
  const [state, formAction, pending] = useActionState(action, {});
  const values = state.values ?? initial;
  const errors = state.errors ?? {};
  const field = (name: keyof EditionFormValues) => ({ name, label: labels[name]!, errors: errors[name], defaultValue: values[name] });
  return (
    <form key={state.seq ?? 0} action={formAction} className="admin-form session-form" noValidate>
      <ErrorSummary message={state.message} errors={errors} labels={labels} focusKey={state.seq} />
      <input type="hidden" name="id" value={values.id} />
      <input type="hidden" name="version" value={values.version} />
      <SelectField
        {...field("programState")}
        choices={[
          { value: "hidden", label: t("states.hidden") },
          { value: "published", label: t("states.published") },
        ]}
        hint={t("stateHint")}
      />
      <TextField {...field("titleEn")} required maxLength={300} />
      <TextField {...field("titleRu")} required maxLength={300} lang="ru" />
      <div className="session-form__row">
        <TextField {...field("startsOn")} type="date" required />
        <TextField {...field("endsOn")} type="date" required />
      </div>
      <TextField
        {...field("timezone")}
        required
        spellCheck={false}
        hint={t("timezoneHint")}
      />
      <TextField {...field("zoneLabelEn")} required maxLength={100} hint={t("zoneLabelHint")} />
      <TextField {...field("zoneLabelRu")} required maxLength={100} lang="ru" />
      <TextField {...field("venueNameEn")} maxLength={300} />
      <TextField {...field("venueNameRu")} maxLength={300} lang="ru" />
      <TextField {...field("venueAddressEn")} maxLength={500} />
      <TextField {...field("venueAddressRu")} maxLength={500} lang="ru" />
      <div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? saving : t("save")}
        </button>
      </div>
    </form>
  );
}
