// Server-side parsing of the edition settings form (admins only): what
// db/queries/admin-edition.ts takes. The zone must be an IANA name this
// runtime knows, since every programme time is shown in it.
import { z } from "zod";
import { idField } from "@/lib/admin/forms";
import { isKnownTimeZone } from "@/lib/program/time";

const text = (what: string, max: number) => z.string().trim().min(1, `Enter ${what}.`).max(max, `Keep ${what} to ${max} characters or fewer.`);
const optionalText = (max: number) => z.string().trim().max(max, `Keep it to ${max} characters or fewer.`);
const localDate = (what: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter the ${what} as a date (YYYY-MM-DD).`)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), `Enter a real ${what}.`);

export const EDITION_FIELDS = {
  id: 20,
  version: 20,
  titleEn: 300,
  titleRu: 300,
  startsOn: 20,
  endsOn: 20,
  timezone: 100,
  zoneLabelEn: 100,
  zoneLabelRu: 100,
  venueNameEn: 300,
  venueNameRu: 300,
  venueAddressEn: 500,
  venueAddressRu: 500,
  programState: 20,
} as const;

export type EditionFormValues = Record<keyof typeof EDITION_FIELDS, string>;


export const editionFormSchema = z
  .object({
    id: idField("This edition could not be found. Reload the page."),
    version: idField("Reload the page and make your changes again."),
    titleEn: text("the English title", 300),
    titleRu: text("the Russian title", 300),
    startsOn: localDate("first day"),
    endsOn: localDate("last day"),
    timezone: z
      .string()
      .trim()
      .refine(isKnownTimeZone, "Enter a time zone name such as Asia/Yekaterinburg or Europe/Moscow (the IANA name, not an offset)."),
    zoneLabelEn: text("how the zone is named in English (e.g. Perm time)", 100),
    zoneLabelRu: text("how the zone is named in Russian (e.g. время пермское)", 100),
    venueNameEn: optionalText(300),
    venueNameRu: optionalText(300),
    venueAddressEn: optionalText(500),
    venueAddressRu: optionalText(500),
    programState: z.enum(["hidden", "published"], { error: "Choose whether the programme is public." }),
  })
  .superRefine((v, ctx) => {
    if (v.endsOn < v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "The last day cannot be before the first day." });
  });
