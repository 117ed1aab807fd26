"use client";
// Create or edit a programme person: names per locale, the web address (slug),
// job, partner, biography and the consent date. The photo has its own form
// beside this one (components/admin/image-upload.tsx). A plain form post to a server
// action, enhanced by useActionState: on a refusal (a taken slug, someone
// else's save) the summary takes focus and every input keeps what was typed.
import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { ErrorSummary, SelectField, TextAreaField, TextField } from "@/components/admin/form-kit";
import type { FormState } from "@/lib/admin/forms";
import { slugFromName } from "@/lib/program/person-slug";
import type { PersonFormValues } from "@/lib/validation/people";

type Action = (state: FormState<PersonFormValues>, formData: FormData) => Promise<FormState<PersonFormValues>>;

const LABELLED_FIELDS = [
  "lastNameRu", "firstNameRu", "middleNameRu", "lastNameEn", "firstNameEn", "slug", "positionEn", "positionRu",
  "organisationEn", "organisationRu", "partnerId", "bioEn", "bioRu", "consentAt",
] as const;

export function PersonForm({ action, partners, initial, submitLabel }: { action: Action; partners: { id: number; nameEn: string }[]; initial: PersonFormValues; submitLabel: string }) {
  const t = useTranslations("programPeople.form");
  const saving = useTranslations("formKit")("saving");
  const personLabels: Record<string, string> = {
    ...Object.fromEntries(LABELLED_FIELDS.map((name) => [name, t(`labels.${name}`)])),
    id: t("labels.person"),
    version: t("labels.person"),
  };
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
        <legend>{t("nameRu")}</legend>
        {field("lastNameRu", { required: true, lang: "ru", maxLength: 200 })}
        {field("firstNameRu", { required: true, lang: "ru", maxLength: 200 })}
        {field("middleNameRu", { lang: "ru", maxLength: 200, hint: t("middleNameHint") })}
      </fieldset>
      <fieldset>
        <legend>{t("nameEn")}</legend>
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
          hint={t("slugHint")}
        />
      </fieldset>
      <fieldset>
        <legend>{t("job")}</legend>
        {field("positionEn")}
        {field("positionRu", { lang: "ru" })}
        {field("organisationEn")}
        {field("organisationRu", { lang: "ru" })}
        <SelectField
          name="partnerId"
          label={personLabels.partnerId!}
          errors={errors.partnerId}
          hint={t("partnerHint")}
          defaultValue={values.partnerId}
          placeholder={t("none")}
          choices={partners.map((p) => ({ value: String(p.id), label: p.nameEn }))}
        />
      </fieldset>
      <fieldset>
        <legend>{t("biography")}</legend>
        <TextAreaField name="bioEn" label={personLabels.bioEn!} errors={errors.bioEn} defaultValue={values.bioEn} maxLength={4000} rows={6} hint={t("bioHint")} />
        <TextAreaField name="bioRu" label={personLabels.bioRu!} errors={errors.bioRu} defaultValue={values.bioRu} maxLength={4000} rows={6} lang="ru" />
      </fieldset>
      <fieldset>
        <legend>{t("consent")}</legend>
        {field("consentAt", {
          type: "date",
          maxLength: 10,
          hint: t("consentHint"),
        })}
      </fieldset>
      <div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? saving : submitLabel}
        </button>
      </div>
    </form>
  );
}
