// Server-side parsing of the person form (/admin/program/people): strings in,
// what db/queries/admin-people.ts takes out. An empty slug is made from the
// English name, so the form works without JavaScript too; the consent date is
// a calendar date, stored as its midnight UTC (the public gate in
// db/queries/program.ts shows a person once that instant has passed).
import { z } from "zod";
import type { PersonFields } from "@/db/queries/admin-people";
import { idField, readTextFields } from "@/lib/admin/forms";
import { isValidSlug } from "@/lib/slug";
import { slugFromName } from "@/lib/program/person-slug";

export { slugFromName };

/** Form fields and the most characters read of each (one more than allowed, so an over-long value is refused, not cut). */
const personFieldLimits = {
  id: 20,
  version: 20,
  lastNameRu: 201,
  firstNameRu: 201,
  middleNameRu: 201,
  lastNameEn: 201,
  firstNameEn: 201,
  slug: 201,
  positionEn: 301,
  positionRu: 301,
  organisationEn: 301,
  organisationRu: 301,
  partnerId: 20,
  bioEn: 4001,
  bioRu: 4001,
  consentAt: 20,
} as const;

export type PersonFormValues = Record<keyof typeof personFieldLimits, string>;

export const emptyPersonValues: PersonFormValues = Object.fromEntries(Object.keys(personFieldLimits).map((k) => [k, ""])) as PersonFormValues;

export function readPersonForm(formData: FormData): PersonFormValues {
  return readTextFields(formData, personFieldLimits);
}

// Messages are keys into messages/admin/<locale>/programPeople.json: the write
// path puts them into the editor's language (lib/i18n/admin-errors.ts).
type Field = "lastNameRu" | "firstNameRu" | "middleNameRu" | "lastNameEn" | "firstNameEn" | "positionEn" | "positionRu" | "organisationEn" | "organisationRu" | "bioEn" | "bioRu";
const required = (field: Field, max = 200) =>
  z.string().trim().min(1, `programPeople.errors.${field}Missing`).max(max, `programPeople.errors.${field}TooLong`);
const optional = (field: Field, max: number) => z.string().trim().max(max, `programPeople.errors.${field}TooLong`);

const optionalId = z
  .string()
  .trim()
  .refine((v) => v === "" || /^[1-9][0-9]{0,9}$/.test(v), "programPeople.errors.chooseFromList")
  .transform((v) => (v === "" ? null : Number(v)));

/** "" → null (no consent); a real YYYY-MM-DD date, not after tomorrow → that day's midnight UTC. */
export const consentDate = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === "") return null;
    const at = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(NaN);
    if (Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: "custom", message: "programPeople.errors.consentFormat" });
      return z.NEVER;
    }
    // A day of slack for time zones east of UTC, where "today" has already begun.
    if (at.getTime() > Date.now() + 24 * 3_600_000) {
      ctx.addIssue({ code: "custom", message: "programPeople.errors.consentFuture" });
      return z.NEVER;
    }
    return at;
  });

/** The stored consent instant as the form shows it (YYYY-MM-DD, UTC). */
export function consentDateValue(at: Date | null): string {
  return at ? at.toISOString().slice(0, 10) : "";
}

const personFields = z.object({
  lastNameRu: required("lastNameRu"),
  firstNameRu: required("firstNameRu"),
  middleNameRu: optional("middleNameRu", 200),
  lastNameEn: required("lastNameEn"),
  firstNameEn: required("firstNameEn"),
  slug: z.string().trim().max(200, "programPeople.errors.slugTooLong"),
  positionEn: optional("positionEn", 300),
  positionRu: optional("positionRu", 300),
  organisationEn: optional("organisationEn", 300),
  organisationRu: optional("organisationRu", 300),
  partnerId: optionalId,
  bioEn: optional("bioEn", 4000),
  bioRu: optional("bioRu", 4000),
  consentAt: consentDate,
});


function withSlug<T extends { slug: string; firstNameEn: string; lastNameEn: string }>(value: T, ctx: z.RefinementCtx): T {
  const slug = value.slug || slugFromName(value.firstNameEn, value.lastNameEn);
  if (!slug || !isValidSlug(slug)) {
    ctx.addIssue({ code: "custom", path: ["slug"], message: value.slug ? "programPeople.errors.slugInvalid" : "programPeople.errors.slugFromNameFailed" });
    return z.NEVER;
  }
  return { ...value, slug };
}

// `satisfies`: what the schemas produce is what db/queries/admin-people.ts's writes take.
export const personCreateSchema = personFields.transform(withSlug) satisfies z.ZodType<PersonFields>;

export const personEditSchema = personFields
  .extend({
    id: idField("programPeople.errors.notFoundGoBack"),
    version: idField("programPeople.errors.reloadVersion"),
  })
  .transform(withSlug) satisfies z.ZodType<PersonFields & { id: number; version: number }>;

export const personIdSchema = z.object({ id: idField("programPeople.errors.notFoundGoBack") });
