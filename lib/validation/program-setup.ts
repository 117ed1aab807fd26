// Server-side parsing of the hall, track and format forms
// (/admin/program/halls, /tracks, /formats): strings in, what
// db/queries/admin-program-setup.ts takes out. Checkboxes send "on" or nothing.
import { z } from "zod";
import type { SetupFields, SetupKind } from "@/db/queries/admin-program-setup";
import { idField, readTextFields } from "@/lib/admin/forms";
import { isValidSlug } from "@/lib/slug";

// Messages are keys into messages/admin/<locale>/programSetup.json: the write
// path puts them into the editor's language (lib/i18n/admin-errors.ts).
const name = (language: "En" | "Ru") =>
  z.string().trim().min(1, `programSetup.errors.name${language}Missing`).max(200, `programSetup.errors.name${language}TooLong`);
const slug = z.string().trim().min(1, "programSetup.errors.slugMissing").refine(isValidSlug, "programSetup.errors.slugInvalid");
const directions = (language: "En" | "Ru") => z.string().trim().max(1000, `programSetup.errors.directions${language}TooLong`);
const checkbox = z.string().transform((v) => v !== "");

const itemId = idField("programSetup.errors.itemNotFound");
/** "" when adding, the row's id when editing. */
const optionalItemId = z.union([z.literal("").transform(() => null), itemId]);

const hallSchema = z.object({
  id: optionalItemId,
  slug,
  nameEn: name("En"),
  nameRu: name("Ru"),
  directionsEn: directions("En"),
  directionsRu: directions("Ru"),
});

const trackSchema = z.object({
  id: optionalItemId,
  slug,
  nameEn: name("En"),
  nameRu: name("Ru"),
  color: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, "programSetup.errors.colorInvalid")
    .transform((v) => v.toLowerCase()),
});

const formatSchema = z.object({
  id: optionalItemId,
  key: z
    .string()
    .trim()
    .min(1, "programSetup.errors.keyMissing")
    .max(50, "programSetup.errors.keyTooLong")
    .regex(/^[a-z][a-z0-9_]*$/, "programSetup.errors.keyInvalid"),
  nameEn: name("En"),
  nameRu: name("Ru"),
  isService: checkbox,
  spansAllHalls: checkbox,
});

/** Each kind's schema; `satisfies`: what it produces is what db/queries/admin-program-setup.ts's writes take (plus the id). */
export const setupSchemas = { hall: hallSchema, track: trackSchema, format: formatSchema } as const satisfies {
  [K in SetupKind]: z.ZodType<SetupFields[K] & { id: number | null }>;
};

/** Form fields of each kind and the most characters read of each. */
const setupFieldLimits = {
  hall: { id: 20, slug: 201, nameEn: 201, nameRu: 201, directionsEn: 1001, directionsRu: 1001 },
  track: { id: 20, slug: 201, nameEn: 201, nameRu: 201, color: 20 },
  format: { id: 20, key: 51, nameEn: 201, nameRu: 201, isService: 5, spansAllHalls: 5 },
} as const satisfies Record<SetupKind, Record<string, number>>;

export type SetupFormValues = Record<string, string>;

export function readSetupForm(kind: SetupKind, formData: FormData): SetupFormValues {
  return readTextFields(formData, setupFieldLimits[kind] as Record<string, number>);
}

export const setupIdSchema = z.object({ id: itemId });
export const setupMoveSchema = z.object({ id: itemId, direction: z.enum(["up", "down"], { message: "programSetup.errors.direction" }) });
