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

const required = (what: string, max = 200) =>
  z.string().trim().min(1, `Enter ${what}.`).max(max, `Keep ${what} to ${max} characters or fewer.`);
const optional = (what: string, max: number) => z.string().trim().max(max, `Keep ${what} to ${max} characters or fewer.`);

const optionalId = z
  .string()
  .trim()
  .refine((v) => v === "" || /^[1-9][0-9]{0,9}$/.test(v), "Choose from the list.")
  .transform((v) => (v === "" ? null : Number(v)));

/** "" → null (no consent); a real YYYY-MM-DD date, not after tomorrow → that day's midnight UTC. */
export const consentDate = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === "") return null;
    const at = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(NaN);
    if (Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: "custom", message: "Enter the date the person agreed, as YYYY-MM-DD (for example 2026-03-15)." });
      return z.NEVER;
    }
    // A day of slack for time zones east of UTC, where "today" has already begun.
    if (at.getTime() > Date.now() + 24 * 3_600_000) {
      ctx.addIssue({ code: "custom", message: "The consent date cannot be in the future: enter the day the person agreed." });
      return z.NEVER;
    }
    return at;
  });

/** The stored consent instant as the form shows it (YYYY-MM-DD, UTC). */
export function consentDateValue(at: Date | null): string {
  return at ? at.toISOString().slice(0, 10) : "";
}

const personFields = z.object({
  lastNameRu: required("the last name in Russian"),
  firstNameRu: required("the first name in Russian"),
  middleNameRu: optional("the patronymic", 200),
  lastNameEn: required("the last name in English"),
  firstNameEn: required("the first name in English"),
  slug: z.string().trim().max(200, "Keep the web address to 200 characters or fewer."),
  positionEn: optional("the position in English", 300),
  positionRu: optional("the position in Russian", 300),
  organisationEn: optional("the organisation in English", 300),
  organisationRu: optional("the organisation in Russian", 300),
  partnerId: optionalId,
  bioEn: optional("the English biography", 4000),
  bioRu: optional("the Russian biography", 4000),
  consentAt: consentDate,
});

const SLUG_MESSAGE = "Use lowercase Latin letters, digits and single hyphens, for example anna-petrova.";

function withSlug<T extends { slug: string; firstNameEn: string; lastNameEn: string }>(value: T, ctx: z.RefinementCtx): T {
  const slug = value.slug || slugFromName(value.firstNameEn, value.lastNameEn);
  if (!slug || !isValidSlug(slug)) {
    ctx.addIssue({ code: "custom", path: ["slug"], message: value.slug ? SLUG_MESSAGE : `The English name gives no web address: type one. ${SLUG_MESSAGE}` });
    return z.NEVER;
  }
  return { ...value, slug };
}

// `satisfies`: what the schemas produce is what db/queries/admin-people.ts's writes take.
export const personCreateSchema = personFields.transform(withSlug) satisfies z.ZodType<PersonFields>;

export const personEditSchema = personFields
  .extend({
    id: idField("This person could not be found. Go back to the list."),
    version: idField("Reload the page: the form is missing its version."),
  })
  .transform(withSlug) satisfies z.ZodType<PersonFields & { id: number; version: number }>;

export const personIdSchema = z.object({ id: idField("This person could not be found. Go back to the list.") });
