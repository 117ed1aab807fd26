"use client";
// The people of a session: one row per person (who, in which role, and their
// job as at this session), plus blank rows to add people. Rows are plain form
// fields named people.<i>.<field>, so the form works without JavaScript; with
// it, "Add another person" adds blank rows. A row whose person is left on
// "Nobody" is ignored by the server.
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { PersonChoice } from "@/db/queries/admin-program-read";
import { MAX_PEOPLE_ROWS, SESSION_ROLES, type PersonRowValues } from "@/lib/program/session-form-values";
import { SelectField, TextField } from "../form-kit";
import { useHydrated } from "../use-hydrated";

const BLANK_ROWS = 3;
const blank: PersonRowValues = { personId: "", role: "speaker", positionEn: "", positionRu: "", organisationEn: "", organisationRu: "" };

type Props = { rows: PersonRowValues[]; people: PersonChoice[]; errors: Partial<Record<string, string[]>>; disabled?: boolean };

export function SessionPeopleFields({ rows, people, errors, disabled }: Props) {
  const t = useTranslations("programSessions.people");
  const roleChoices = SESSION_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }));
  const personLabel = (p: PersonChoice) => {
    const label = `${p.nameEn}${p.organisationEn ? ` — ${p.organisationEn}` : ""}`;
    return p.hasConsent ? label : t("noConsent", { name: label });
  };
  const [count, setCount] = useState(Math.min(MAX_PEOPLE_ROWS, rows.length + BLANK_ROWS));
  // The button needs JavaScript: without it the blank rows are the way to add people.
  const interactive = useHydrated();
  const shown = Array.from({ length: count }, (_, i) => rows[i] ?? blank);
  const personChoices = people.map((p) => ({ value: String(p.id), label: personLabel(p) }));
  return (
    <fieldset className="session-people" disabled={disabled}>
      <legend>{t("legend")}</legend>
      <p className="field-hint" id="people-hint">
        {t("hint")}
        {errors.people ? <span className="field-error"> {errors.people.join(" ")}</span> : null}
      </p>
      <ol className="session-people__rows">
        {shown.map((row, i) => {
          const name = (field: keyof PersonRowValues) => `people.${i}.${field}`;
          return (
            <li key={i} className="session-people__row">
              <SelectField
                name={name("personId")}
                label={t("person", { number: i + 1 })}
                choices={personChoices}
                placeholder={t("nobody")}
                defaultValue={row.personId}
                errors={errors[name("personId")]}
              />
              <SelectField name={name("role")} label={t("role")} choices={roleChoices} defaultValue={row.role} errors={errors[name("role")]} />
              <TextField name={name("positionEn")} label={t("positionEn")} defaultValue={row.positionEn} errors={errors[name("positionEn")]} maxLength={300} />
              <TextField name={name("positionRu")} label={t("positionRu")} lang="ru" defaultValue={row.positionRu} errors={errors[name("positionRu")]} maxLength={300} />
              <TextField name={name("organisationEn")} label={t("organisationEn")} defaultValue={row.organisationEn} errors={errors[name("organisationEn")]} maxLength={300} />
              <TextField
                name={name("organisationRu")}
                label={t("organisationRu")}
                lang="ru"
                defaultValue={row.organisationRu}
                errors={errors[name("organisationRu")]}
                maxLength={300}
              />
            </li>
          );
        })}
      </ol>
      {interactive && count < MAX_PEOPLE_ROWS ? (
        <button type="button" className="button button--small" onClick={() => setCount((n) => Math.min(MAX_PEOPLE_ROWS, n + 1))}>
          {t("addAnother")}
        </button>
      ) : null}
    </fieldset>
  );
}
