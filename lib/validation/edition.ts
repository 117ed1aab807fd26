// Server-side parsing of the edition settings form (admins only): what
// db/queries/admin-edition.ts takes. The zone must be an IANA name this
// runtime knows, since every programme time is shown in it.
import { z } from "zod";
import { idField } from "@/lib/admin/forms";
import { isKnownTimeZone } from "@/lib/program/time";

// Messages are keys into messages/admin/<locale>/programEdition.json: the write
// path puts them into the editor's language (lib/i18n/admin-errors.ts).
type Named = "titleEn" | "titleRu" | "zoneLabelEn" | "zoneLabelRu";
const text = (field: Named, max: number) => z.string().trim().min(1, `programEdition.errors.${field}Missing`).max(max, `programEdition.errors.${field}TooLong`);
const optionalText = (field: "venueName" | "venueAddress", max: number) => z.string().trim().max(max, `programEdition.errors.${field}TooLong`);
const localDate = (field: "startsOn" | "endsOn") =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `programEdition.errors.${field}Format`)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), `programEdition.errors.${field}Real`);

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
    id: idField("programEdition.errors.notFound"),
    version: idField("programEdition.errors.reload"),
    titleEn: text("titleEn", 300),
    titleRu: text("titleRu", 300),
    startsOn: localDate("startsOn"),
    endsOn: localDate("endsOn"),
    timezone: z
      .string()
      .trim()
      .refine(isKnownTimeZone, "programEdition.errors.timezone"),
    zoneLabelEn: text("zoneLabelEn", 100),
    zoneLabelRu: text("zoneLabelRu", 100),
    venueNameEn: optionalText("venueName", 300),
    venueNameRu: optionalText("venueName", 300),
    venueAddressEn: optionalText("venueAddress", 500),
    venueAddressRu: optionalText("venueAddress", 500),
    programState: z.enum(["hidden", "published"], { error: "programEdition.errors.programState" }),
  })
  .superRefine((v, ctx) => {
    if (v.endsOn < v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "programEdition.errors.endBeforeStart" });
  });
