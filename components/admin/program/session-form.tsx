"use client";
// Create or edit a programme session: when and where, the texts in both
// languages, and its people. A refused save (a field problem, an MDX problem
// with its line and column, someone else's newer save) comes back with every
// field as the editor left it. The preview renders both bodies through the
// public pages' MDX pipeline without saving.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { SessionChoices } from "@/db/queries/admin-program-read";
import type { FormState } from "@/lib/admin/forms";
import type { SessionFormValues } from "@/lib/program/session-form-values";
import { ErrorSummary, SelectField, TextAreaField, TextField } from "../form-kit";
import { SessionPeopleFields } from "./session-people-fields";
import { SessionPreview, type PreviewAction } from "./session-preview";

type Action = (state: FormState<SessionFormValues>, formData: FormData) => Promise<FormState<SessionFormValues>>;

const LABELLED_FIELDS = [
  "day", "start", "end", "hallId", "formatId", "trackId", "status",
  "titleEn", "slugEn", "summaryEn", "bodyEn", "titleRu", "slugRu", "summaryRu", "bodyRu", "people",
] as const;
const STATUSES = ["scheduled", "rescheduled", "moved_online", "cancelled"] as const;

type Props = {
  action: Action;
  preview: PreviewAction;
  initial: SessionFormValues;
  choices: SessionChoices;
  /** "Perm time, UTC+5" / "время пермское, UTC+5": what the times are typed in. */
  zoneLabel: string;
  /** "April 19, 2012 – April 21, 2012", in the editor's language, for the day's hint. */
  editionDates: string;
  submitLabel: string;
};

export function SessionForm({ action, preview, initial, choices, zoneLabel, editionDates, submitLabel }: Props) {
  const t = useTranslations("programSessions.form");
  const tPeople = useTranslations("programSessions.people");
  const saving = useTranslations("formKit")("saving");
  const labels: Record<string, string> = {
    ...Object.fromEntries(LABELLED_FIELDS.map((field) => [field, t(`labels.${field}`)])),
    id: t("labels.session"),
    version: t("labels.session"),
  };
  const statusChoices = STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }));
  const [state, formAction, pending] = useActionState(action, {});
  const values = state.values ?? initial;
  const errors = state.errors ?? {};
  const peopleLabels = Object.fromEntries(
    Object.keys(errors)
      .filter((k) => k.startsWith("people."))
      .map((k) => [k, tPeople("person", { number: Number(k.split(".")[1]) + 1 })]),
  );
  const text = (field: keyof SessionFormValues & string) => ({ name: field, label: labels[field]!, errors: errors[field], defaultValue: values[field] as string });
  return (
    // Re-mounted after each answer, so every field shows what was submitted.
    <form key={state.seq ?? 0} action={formAction} className="admin-form session-form" noValidate>
      <ErrorSummary message={state.message} errors={errors} labels={{ ...labels, ...peopleLabels }} focusKey={state.seq} />
      <input type="hidden" name="id" value={values.id} />
      <input type="hidden" name="version" value={values.version} />

      <fieldset>
        <legend>{t("whenAndWhere")}</legend>
        <div className="session-form__row">
          <TextField {...text("day")} type="date" required hint={t("dayHint", { dates: editionDates })} />
          <TextField {...text("start")} type="time" required hint={zoneLabel} />
          <TextField {...text("end")} type="time" required hint={zoneLabel} />
        </div>
        <SelectField
          {...text("hallId")}
          choices={choices.halls.map((h) => ({ value: String(h.id), label: h.nameEn }))}
          placeholder={t("noHall")}
        />
        <SelectField
          {...text("formatId")}
          choices={choices.formats.map((f) => ({ value: String(f.id), label: f.isService ? t("serviceFormat", { name: f.nameEn }) : f.nameEn }))}
          placeholder={values.formatId === "" ? t("chooseFormat") : undefined}
          required
        />
        <SelectField {...text("trackId")} choices={choices.tracks.map((t) => ({ value: String(t.id), label: t.nameEn }))} placeholder={t("noTrack")} />
        <SelectField
          {...text("status")}
          choices={statusChoices}
          hint={t("statusHint")}
        />
      </fieldset>

      {(["En", "Ru"] as const).map((suffix) => (
        <fieldset key={suffix} lang={suffix === "Ru" ? "ru" : "en"}>
          <legend>{suffix === "En" ? t("english") : t("russian")}</legend>
          <TextField {...text(`title${suffix}`)} required maxLength={300} />
          <TextField
            {...text(`slug${suffix}`)}
            maxLength={200}
            spellCheck={false}
            hint={t("slugHint")}
          />
          <TextAreaField {...text(`summary${suffix}`)} rows={3} maxLength={600} hint={t("summaryHint")} />
          <TextAreaField
            {...text(`body${suffix}`)}
            rows={10}
            spellCheck
            hint={t("bodyHint")}
          />
        </fieldset>
      ))}

      <SessionPeopleFields rows={values.people} people={choices.people} errors={errors} />

      <SessionPreview action={preview} />

      <div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? saving : submitLabel}
        </button>
      </div>
    </form>
  );
}
