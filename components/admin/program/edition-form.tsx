"use client";
// The edition's settings (titles, dates, time zone and how it is named, venue)
// and whether its programme is public. Admins only.
import { useActionState } from "react";
import type { FormState } from "@/lib/admin/forms";
import type { EditionFormValues } from "@/lib/validation/edition";
import { ErrorSummary, SelectField, TextField } from "../form-kit";

type Action = (state: FormState<EditionFormValues>, formData: FormData) => Promise<FormState<EditionFormValues>>;

const labels: Record<string, string> = {
  titleEn: "Title (English)",
  titleRu: "Title (Russian)",
  startsOn: "First day",
  endsOn: "Last day",
  timezone: "Time zone",
  zoneLabelEn: "Zone name (English)",
  zoneLabelRu: "Zone name (Russian)",
  venueNameEn: "Venue (English)",
  venueNameRu: "Venue (Russian)",
  venueAddressEn: "Venue address (English)",
  venueAddressRu: "Venue address (Russian)",
  programState: "Programme",
  id: "Edition",
  version: "Edition",
};

export function EditionForm({ action, initial }: { action: Action; initial: EditionFormValues }) {
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
          { value: "hidden", label: "Hidden: programme pages and calendars answer “not found”" },
          { value: "published", label: "Public" },
        ]}
        hint="Prepare the programme while it is hidden; publish it when it is ready."
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
        hint="Every time of the programme is typed and shown in this zone: its IANA name, e.g. Asia/Yekaterinburg for Perm. Changing it keeps each session at the same moment, so its local time changes."
      />
      <TextField {...field("zoneLabelEn")} required maxLength={100} hint="Shown beside times, with the offset: “Perm time, UTC+5”." />
      <TextField {...field("zoneLabelRu")} required maxLength={100} lang="ru" />
      <TextField {...field("venueNameEn")} maxLength={300} />
      <TextField {...field("venueNameRu")} maxLength={300} lang="ru" />
      <TextField {...field("venueAddressEn")} maxLength={500} />
      <TextField {...field("venueAddressRu")} maxLength={500} lang="ru" />
      <div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? "Saving…" : "Save edition"}
        </button>
      </div>
    </form>
  );
}
