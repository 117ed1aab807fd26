// The cover form's text: its alt text (the image itself is checked by lib/uploads/cover.ts).
import { z } from "zod";
import { COVER_ALT_MAX_LENGTH } from "@/lib/uploads/cover";

export const coverAltSchema = z
  .string()
  .transform((s) => s.replace(/\s+/g, " ").trim())
  .pipe(z.string().min(1, "alt-missing").max(COVER_ALT_MAX_LENGTH, "alt-too-long"));

export const coverIntentSchema = z.enum(["save", "remove"]).catch("save");
