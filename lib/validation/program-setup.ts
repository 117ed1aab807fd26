// Server-side parsing of the hall, track and format forms
// (/admin/program/halls, /tracks, /formats): strings in, what
// db/queries/admin-program-setup.ts takes out. Checkboxes send "on" or nothing.
import { z } from "zod";
import type { SetupFields, SetupKind } from "@/db/queries/admin-program-setup";
import { idField, readTextFields } from "@/lib/admin/forms";
import { isValidSlug } from "@/lib/slug";

const name = (language: string) =>
  z.string().trim().min(1, `Enter the name in ${language}.`).max(200, `Keep the ${language} name to 200 characters or fewer.`);
const slug = z
  .string()
  .trim()
  .min(1, "Enter a short web name, for example hall-a.")
  .refine(isValidSlug, "Use lowercase Latin letters, digits and single hyphens, for example hall-a.");
const directions = (language: string) => z.string().trim().max(1000, `Keep the ${language} directions to 1,000 characters or fewer.`);
const checkbox = z.string().transform((v) => v !== "");

const itemId = idField("This item could not be found: someone may have deleted it. Go back to the list.");
/** "" when adding, the row's id when editing. */
const optionalItemId = z.union([z.literal("").transform(() => null), itemId]);

const hallSchema = z.object({
  id: optionalItemId,
  slug,
  nameEn: name("English"),
  nameRu: name("Russian"),
  directionsEn: directions("English"),
  directionsRu: directions("Russian"),
});

const trackSchema = z.object({
  id: optionalItemId,
  slug,
  nameEn: name("English"),
  nameRu: name("Russian"),
  color: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, "Choose a colour (as #rrggbb, for example #1f6feb).")
    .transform((v) => v.toLowerCase()),
});

const formatSchema = z.object({
  id: optionalItemId,
  key: z
    .string()
    .trim()
    .min(1, "Enter a key, for example round_table.")
    .max(50, "Keep the key to 50 characters or fewer.")
    .regex(/^[a-z][a-z0-9_]*$/, "Use lowercase Latin letters, digits and underscores, starting with a letter, for example round_table."),
  nameEn: name("English"),
  nameRu: name("Russian"),
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
export const setupMoveSchema = z.object({ id: itemId, direction: z.enum(["up", "down"], { message: "Choose up or down." }) });
