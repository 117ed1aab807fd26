"use server";
// Writes of a programme person, each through adminWrite (lib/admin/write-action.ts):
// editor role, zod, the change and its audit row (entity "person") in one
// transaction, then the programme and the person's speaker pages (old and new
// slug) expired. A refusal keeps the editor's input. The photo is uploaded
// through its route handler (app/admin/api/people/[id]/photo), removed here.
import { redirect } from "next/navigation";
import { createPerson, deletePerson, sameUtcDay, setPersonPhoto, updatePerson, type PersonFields, type PersonWrite } from "@/db/queries/admin-people";
import type { FormState } from "@/lib/admin/forms";
import { namedSessions } from "@/lib/admin/named-sessions";
import { adminWrite, refuse, type Refusal } from "@/lib/admin/write-action";
import { adminText } from "@/lib/i18n/admin-text";
import { staleAfterPersonChange } from "@/lib/program/person-expiry";
import { personCreateSchema, personEditSchema, personIdSchema, readPersonForm, type PersonFormValues } from "@/lib/validation/people";

export type PersonFormState = FormState<PersonFormValues>;
export type PersonDeleteState = { message?: string; seq?: number };

// Refusals are keys into messages/admin/<locale>/programPeople.json (adminWrite
// translates them); the taken slug names the slug and its owner, so it is made here.
const NOT_FOUND = "programPeople.errors.gone";

async function refusalOf(result: Exclude<PersonWrite, { ok: true }>, slug: string): Promise<Refusal> {
  switch (result.reason) {
    case "slug-taken":
      return refuse("slug", (await adminText("programPeople")).t("errors.slugTaken", { slug, name: result.otherName }));
    case "partner-missing":
      return refuse("partnerId", "programPeople.errors.partnerMissing");
    case "not-found":
      return refuse(null, NOT_FOUND);
    case "conflict":
      return refuse(null, "programPeople.errors.conflict");
  }
}

const fullName = (p: { firstNameEn: string; lastNameEn: string }) => `${p.firstNameEn} ${p.lastNameEn}`;

function changedFields(before: Record<string, unknown>, after: PersonFields): string[] {
  return (Object.keys(after) as (keyof PersonFields)[]).filter((key) => {
    const a = before[key];
    const b = after[key];
    return key === "consentAt" ? !sameUtcDay(a as Date | null, b as Date | null) : a !== b;
  });
}

export async function createPersonAction(previous: PersonFormState, formData: FormData): Promise<PersonFormState> {
  const values = readPersonForm(formData);
  const seq = (previous.seq ?? 0) + 1;
  const outcome = await adminWrite({
    role: "editor",
    schema: personCreateSchema,
    input: values,
    name: "createPersonAction",
    change: async (tx, fields) => {
      const result = await createPerson(tx, fields);
      if (!result.ok) return await refusalOf(result, fields.slug);
      const { person } = result;
      return {
        ok: true,
        value: person.id,
        audit: { action: "create", entity: "person", entityId: person.id, summary: { name: fullName(person), slug: person.slug, consent: person.consentAt !== null } },
        stale: staleAfterPersonChange([person.slug]),
      };
    },
  });
  if (!outcome.ok) return { errors: outcome.errors, message: outcome.message, values, seq };
  redirect(`/admin/program/people/${outcome.value}?created=1`);
}

export async function updatePersonAction(previous: PersonFormState, formData: FormData): Promise<PersonFormState> {
  const values = readPersonForm(formData);
  const seq = (previous.seq ?? 0) + 1;
  const outcome = await adminWrite({
    role: "editor",
    schema: personEditSchema,
    input: values,
    name: "updatePersonAction",
    change: async (tx, { id, version, ...fields }) => {
      const result = await updatePerson(tx, id, version, fields);
      if (!result.ok) return await refusalOf(result, fields.slug);
      const before = result.previous!;
      const changed = changedFields(before, fields);
      return {
        ok: true,
        value: id,
        audit: {
          action: "update",
          entity: "person",
          entityId: id,
          summary: {
            name: fullName(fields),
            changed,
            ...(changed.includes("slug") ? { slug: fields.slug, oldSlug: before.slug } : {}),
            ...(changed.includes("consentAt") ? { consent: fields.consentAt?.toISOString().slice(0, 10) ?? null } : {}),
          },
        },
        stale: staleAfterPersonChange([before.slug, fields.slug]),
      };
    },
  });
  if (!outcome.ok) return { errors: outcome.errors, message: outcome.message, values, seq };
  redirect(`/admin/program/people/${outcome.value}?saved=1`);
}

export async function deletePersonAction(previous: PersonDeleteState, formData: FormData): Promise<PersonDeleteState> {
  const seq = (previous.seq ?? 0) + 1;
  const outcome = await adminWrite({
    role: "editor",
    schema: personIdSchema,
    input: { id: formData.get("id") },
    name: "deletePersonAction",
    change: async (tx, { id }) => {
      const result = await deletePerson(tx, id);
      if (!result.ok && result.reason === "not-found") return refuse(null, NOT_FOUND);
      if (!result.ok) {
        const { t } = await adminText("programPeople");
        const sessions = namedSessions(result.sessions, (count) => t("andMore", { count }));
        return refuse(null, t("errors.onSessions", { name: result.name, count: result.sessions.length, sessions }));
      }
      const { person } = result;
      return {
        ok: true,
        value: person.id,
        audit: { action: "delete", entity: "person", entityId: person.id, summary: { name: fullName(person), slug: person.slug } },
        stale: staleAfterPersonChange([person.slug]),
      };
    },
  });
  if (!outcome.ok) return { message: outcome.message ?? Object.values(outcome.errors ?? {}).flat().join(" "), seq };
  redirect("/admin/program/people?notice=deleted");
}

/** The photo is removed, the person stays. A plain form post, so it works without JavaScript. */
export async function removePersonPhotoAction(formData: FormData): Promise<void> {
  const outcome = await adminWrite({
    role: "editor",
    schema: personIdSchema,
    input: { id: formData.get("id") },
    name: "removePersonPhotoAction",
    change: async (tx, { id }) => {
      const person = await setPersonPhoto(tx, id, null);
      if (!person) return refuse(null, NOT_FOUND);
      return {
        ok: true,
        value: id,
        audit: { action: "update", entity: "person", entityId: id, summary: { name: fullName(person), changed: ["photo"], photo: null } },
        stale: staleAfterPersonChange([person.slug]),
      };
    },
  });
  if (!outcome.ok) {
    const id = String(formData.get("id") ?? "").slice(0, 12);
    redirect(outcome.unavailable ? `/admin/program/people/${encodeURIComponent(id)}?photoError=database#photo` : "/admin/program/people?notice=not-found");
  }
  redirect(`/admin/program/people/${outcome.value}?photo=removed#photo`);
}
