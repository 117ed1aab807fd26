"use client";
// Create or edit a programme session: when and where, the texts in both
// languages, and its people. A refused save (a field problem, an MDX problem
// with its line and column, someone else's newer save) comes back with every
// field as the editor left it. The preview renders both bodies through the
// public pages' MDX pipeline without saving.
import { useActionState } from "react";
import type { SessionChoices } from "@/db/queries/admin-program-read";
import type { FormState } from "@/lib/admin/forms";
import type { SessionFormValues } from "@/lib/program/session-form-values";
import { ErrorSummary, SelectField, TextAreaField, TextField } from "../form-kit";
import { SessionPeopleFields } from "./session-people-fields";
import { SessionPreview, type PreviewAction } from "./session-preview";

type Action = (state: FormState<SessionFormValues>, formData: FormData) => Promise<FormState<SessionFormValues>>;

const labels: Record<string, string> = {
  day: "Day",
  start: "Starts at",
  end: "Ends at",
  hallId: "Hall",
  formatId: "Format",
  trackId: "Track",
  status: "Status",
  titleEn: "Title (English)",
  slugEn: "Address (English)",
  summaryEn: "Summary (English)",
  bodyEn: "Description (English)",
  titleRu: "Title (Russian)",
  slugRu: "Address (Russian)",
  summaryRu: "Summary (Russian)",
  bodyRu: "Description (Russian)",
  people: "Moderators and speakers",
  id: "Session",
  version: "Session",
};

const statusChoices = [
  { value: "scheduled", label: "Scheduled" },
  { value: "rescheduled", label: "Rescheduled (keeps the earlier start, shown as “moved from”)" },
  { value: "moved_online", label: "Moved online" },
  { value: "cancelled", label: "Cancelled (stays listed, marked cancelled)" },
];

type Props = {
  action: Action;
  preview: PreviewAction;
  initial: SessionFormValues;
  choices: SessionChoices;
  /** "Perm time, UTC+5": what the times are typed in. */
  zoneLabel: string;
  /** "19–21 April 2012", for the day's hint. */
  editionDates: string;
  submitLabel: string;
};

export function SessionForm({ action, preview, initial, choices, zoneLabel, editionDates, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const values = state.values ?? initial;
  const errors = state.errors ?? {};
  const peopleLabels = Object.fromEntries(Object.keys(errors).filter((k) => k.startsWith("people.")).map((k) => [k, `Person ${Number(k.split(".")[1]) + 1}`]));
  const text = (field: keyof SessionFormValues & string) => ({ name: field, label: labels[field]!, errors: errors[field], defaultValue: values[field] as string });
  return (
    // Re-mounted after each answer, so every field shows what was submitted.
    <form key={state.seq ?? 0} action={formAction} className="admin-form session-form" noValidate>
      <ErrorSummary message={state.message} errors={errors} labels={{ ...labels, ...peopleLabels }} focusKey={state.seq} />
      <input type="hidden" name="id" value={values.id} />
      <input type="hidden" name="version" value={values.version} />

      <fieldset>
        <legend>When and where</legend>
        <div className="session-form__row">
          <TextField {...text("day")} type="date" required hint={`The forum runs ${editionDates}.`} />
          <TextField {...text("start")} type="time" required hint={zoneLabel} />
          <TextField {...text("end")} type="time" required hint={zoneLabel} />
        </div>
        <SelectField
          {...text("hallId")}
          choices={choices.halls.map((h) => ({ value: String(h.id), label: h.nameEn }))}
          placeholder="No hall (online, or everywhere)"
        />
        <SelectField
          {...text("formatId")}
          choices={choices.formats.map((f) => ({ value: String(f.id), label: f.isService ? `${f.nameEn} (service slot: no page, no people)` : f.nameEn }))}
          placeholder={values.formatId === "" ? "Choose a format…" : undefined}
          required
        />
        <SelectField {...text("trackId")} choices={choices.tracks.map((t) => ({ value: String(t.id), label: t.nameEn }))} placeholder="No track" />
        <SelectField
          {...text("status")}
          choices={statusChoices}
          hint="A change of time, hall or status updates the session in visitors' calendars."
        />
      </fieldset>

      {(["En", "Ru"] as const).map((suffix) => (
        <fieldset key={suffix} lang={suffix === "Ru" ? "ru" : "en"}>
          <legend>{suffix === "En" ? "English" : "Russian"}</legend>
          <TextField {...text(`title${suffix}`)} required maxLength={300} />
          <TextField
            {...text(`slug${suffix}`)}
            maxLength={200}
            spellCheck={false}
            hint="The end of the page's address: Latin letters, digits and hyphens. Leave it empty to make one from the title. Old addresses keep working."
          />
          <TextAreaField {...text(`summary${suffix}`)} rows={3} maxLength={600} hint="A few sentences for the programme, search results and calendars." />
          <TextAreaField
            {...text(`body${suffix}`)}
            rows={10}
            spellCheck
            hint="Shown on the session's page. Markdown, as in news articles: headings, lists, links, bold and italic."
          />
        </fieldset>
      ))}

      <SessionPeopleFields rows={values.people} people={choices.people} errors={errors} />

      <SessionPreview action={preview} />

      <div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </button>
      </div>
    </form>
  );
}
