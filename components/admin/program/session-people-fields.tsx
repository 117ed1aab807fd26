"use client";
// The people of a session: one row per person (who, in which role, and their
// job as at this session), plus blank rows to add people. Rows are plain form
// fields named people.<i>.<field>, so the form works without JavaScript; with
// it, "Add another person" adds blank rows. A row whose person is left on
// "Nobody" is ignored by the server.
import { useState } from "react";
import type { PersonChoice } from "@/db/queries/admin-program-read";
import { MAX_PEOPLE_ROWS, ROLE_LABELS, type PersonRowValues } from "@/lib/program/session-form-values";
import { SelectField, TextField } from "../form-kit";
import { useHydrated } from "../use-hydrated";

const BLANK_ROWS = 3;
const blank: PersonRowValues = { personId: "", role: "speaker", positionEn: "", positionRu: "", organisationEn: "", organisationRu: "" };
const roleChoices = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }));

function personLabel(p: PersonChoice): string {
  const job = p.organisationEn ? ` — ${p.organisationEn}` : "";
  return `${p.nameEn}${job}${p.hasConsent ? "" : " (no consent: not shown publicly)"}`;
}

type Props = { rows: PersonRowValues[]; people: PersonChoice[]; errors: Partial<Record<string, string[]>>; disabled?: boolean };

export function SessionPeopleFields({ rows, people, errors, disabled }: Props) {
  const [count, setCount] = useState(Math.min(MAX_PEOPLE_ROWS, rows.length + BLANK_ROWS));
  // The button needs JavaScript: without it the blank rows are the way to add people.
  const interactive = useHydrated();
  const shown = Array.from({ length: count }, (_, i) => rows[i] ?? blank);
  const personChoices = people.map((p) => ({ value: String(p.id), label: personLabel(p) }));
  return (
    <fieldset className="session-people" disabled={disabled}>
      <legend>Moderators and speakers</legend>
      <p className="field-hint" id="people-hint">
        The moderator is listed first on every page, then co-moderators, keynote speakers and speakers, each in the order given here. Leave a
        person&apos;s job empty to show their current position and organisation. Service slots (registration, breaks) have no people.
        {errors.people ? <span className="field-error"> {errors.people.join(" ")}</span> : null}
      </p>
      <ol className="session-people__rows">
        {shown.map((row, i) => {
          const name = (field: keyof PersonRowValues) => `people.${i}.${field}`;
          return (
            <li key={i} className="session-people__row">
              <SelectField
                name={name("personId")}
                label={`Person ${i + 1}`}
                choices={personChoices}
                placeholder="Nobody"
                defaultValue={row.personId}
                errors={errors[name("personId")]}
              />
              <SelectField name={name("role")} label="Role" choices={roleChoices} defaultValue={row.role} errors={errors[name("role")]} />
              <TextField name={name("positionEn")} label="Position (English)" defaultValue={row.positionEn} errors={errors[name("positionEn")]} maxLength={300} />
              <TextField name={name("positionRu")} label="Position (Russian)" lang="ru" defaultValue={row.positionRu} errors={errors[name("positionRu")]} maxLength={300} />
              <TextField name={name("organisationEn")} label="Organisation (English)" defaultValue={row.organisationEn} errors={errors[name("organisationEn")]} maxLength={300} />
              <TextField
                name={name("organisationRu")}
                label="Organisation (Russian)"
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
          Add another person
        </button>
      ) : null}
    </fieldset>
  );
}
