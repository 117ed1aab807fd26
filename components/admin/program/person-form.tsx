"use client";
// Create or edit a programme person: names per locale, the web address (slug),
// job, partner, biography and the consent date. The photo has its own form
// beside this one (components/admin/image-upload.tsx). A plain form post to a server
// action, enhanced by useActionState: on a refusal (a taken slug, someone
// else's save) the summary takes focus and every input keeps what was typed.
import { useActionState, useRef } from "react";
import { ErrorSummary, SelectField, TextAreaField, TextField } from "@/components/admin/form-kit";
import type { FormState } from "@/lib/admin/forms";
import { slugFromName } from "@/lib/program/person-slug";
import type { PersonFormValues } from "@/lib/validation/people";

type Action = (state: FormState<PersonFormValues>, formData: FormData) => Promise<FormState<PersonFormValues>>;

const personLabels: Record<string, string> = {
  lastNameRu: "Last name in Russian",
  firstNameRu: "First name in Russian",
  middleNameRu: "Patronymic in Russian",
  lastNameEn: "Last name in English",
  firstNameEn: "First name in English",
  slug: "Web address",
  positionEn: "Position in English",
  positionRu: "Position in Russian",
  organisationEn: "Organisation in English",
  organisationRu: "Organisation in Russian",
  partnerId: "Partner",
  bioEn: "Biography in English",
  bioRu: "Biography in Russian",
  consentAt: "Consent date",
  id: "Person",
  version: "Person",
};

export function PersonForm({ action, partners, initial, submitLabel }: { action: Action; partners: { id: number; nameEn: string }[]; initial: PersonFormValues; submitLabel: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  const values = state.values ?? initial;
  const errors = state.errors ?? {};
  // The slug follows the English name until the editor types one of their own (or one was saved).
  const slugFollowsName = useRef(values.slug === "");
  const suggest = (event: React.FormEvent<HTMLInputElement>) => {
    const form = event.currentTarget.form;
    const input = (name: string) => form?.elements.namedItem(name) as HTMLInputElement | null;
    const slug = input("slug");
    if (slugFollowsName.current && slug) slug.value = slugFromName(input("firstNameEn")?.value ?? "", input("lastNameEn")?.value ?? "");
  };
  const field = (name: keyof PersonFormValues, extra: Partial<React.ComponentProps<typeof TextField>> = {}) => (
    <TextField name={name} label={personLabels[name]!} errors={errors[name]} defaultValue={values[name]} maxLength={300} {...extra} />
  );
  return (
    <form key={state.seq ?? 0} action={formAction} className="admin-form partner-form person-form" noValidate>
      <ErrorSummary message={state.message} errors={errors} labels={personLabels} focusKey={state.seq} />
      <input type="hidden" name="id" value={values.id} />
      <input type="hidden" name="version" value={values.version} />
      <fieldset>
        <legend>Name in Russian</legend>
        {field("lastNameRu", { required: true, lang: "ru", maxLength: 200 })}
        {field("firstNameRu", { required: true, lang: "ru", maxLength: 200 })}
        {field("middleNameRu", { lang: "ru", maxLength: 200, hint: "Leave empty if the person has none." })}
      </fieldset>
      <fieldset>
        <legend>Name in English</legend>
        {/* Spelled out, not through field(): their handlers use the slugFollowsName ref, which only handlers may touch. */}
        <TextField name="lastNameEn" label={personLabels.lastNameEn!} errors={errors.lastNameEn} defaultValue={values.lastNameEn} required maxLength={200} onInput={suggest} />
        <TextField name="firstNameEn" label={personLabels.firstNameEn!} errors={errors.firstNameEn} defaultValue={values.firstNameEn} required maxLength={200} onInput={suggest} />
        <TextField
          name="slug"
          label={personLabels.slug!}
          errors={errors.slug}
          defaultValue={values.slug}
          maxLength={200}
          spellCheck={false}
          autoCapitalize="none"
          onInput={() => (slugFollowsName.current = false)}
          hint="The end of the speaker page's address (/en/speakers/anna-petrova), the same in both languages. Lowercase Latin letters, digits and hyphens; left empty, it is made from the English name."
        />
      </fieldset>
      <fieldset>
        <legend>Job</legend>
        {field("positionEn")}
        {field("positionRu", { lang: "ru" })}
        {field("organisationEn")}
        {field("organisationRu", { lang: "ru" })}
        <SelectField
          name="partnerId"
          label={personLabels.partnerId!}
          errors={errors.partnerId}
          hint="Optional: the partner company the person represents."
          defaultValue={values.partnerId}
          placeholder="None"
          choices={partners.map((p) => ({ value: String(p.id), label: p.nameEn }))}
        />
      </fieldset>
      <fieldset>
        <legend>Biography</legend>
        <TextAreaField name="bioEn" label={personLabels.bioEn!} errors={errors.bioEn} defaultValue={values.bioEn} maxLength={4000} rows={6} hint="Plain text, a few sentences. Up to 4,000 characters." />
        <TextAreaField name="bioRu" label={personLabels.bioRu!} errors={errors.bioRu} defaultValue={values.bioRu} maxLength={4000} rows={6} lang="ru" />
      </fieldset>
      <fieldset>
        <legend>Consent to publication</legend>
        {field("consentAt", {
          type: "date",
          maxLength: 10,
          hint: "The day the person agreed to the publication of their name, photo and biography. Without a date, the person appears nowhere on the public site: no speaker page, no name on sessions, no search result.",
        })}
      </fieldset>
      <div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </button>
      </div>
    </form>
  );
}
