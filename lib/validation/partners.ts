// Server-side parsing of the partner and partner-role forms. Form input is
// strings: trimmed, checked, and turned into what db/queries/admin-partners takes.
import { z } from "zod";
import { idField as id, readTextFields } from "@/lib/admin/forms";

/** What every partners form action returns to useActionState (the one admin form state). */
export type { FormState } from "@/lib/admin/forms";

// ---- partners ----------------------------------------------------------------

export type PartnerFormValues = { id: string; version: string; nameEn: string; nameRu: string; url: string; roleId: string; visible: string };

export function readPartnerForm(formData: FormData): PartnerFormValues {
  const values = readTextFields(formData, { id: 20, version: 20, nameEn: 500, nameRu: 500, url: 2_100, roleId: 20, visible: 10 });
  // An unticked checkbox sends nothing.
  return { ...values, visible: values.visible === "" ? "" : "on" };
}

/** http(s) only: the public page links the name, and javascript:, data: or mailto: have no place there. */
export const siteUrlSchema = z
  .string()
  .trim()
  .max(2_000, "partners.errors.urlTooLong")
  .transform((value, ctx) => {
    if (value === "") return null;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: "custom", message: "partners.errors.urlNotFull" });
      return z.NEVER;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      ctx.addIssue({ code: "custom", message: "partners.errors.urlScheme" });
      return z.NEVER;
    }
    if (!url.hostname || url.username || url.password) {
      ctx.addIssue({ code: "custom", message: "partners.errors.urlCredentials" });
      return z.NEVER;
    }
    return value;
  });

// Messages are keys into messages/admin/<locale>/partners.json: the write path
// puts them into the editor's language (lib/i18n/admin-errors.ts).
const name = (language: "En" | "Ru") =>
  z
    .string()
    .trim()
    .min(1, `partners.errors.name${language}Missing`)
    .max(200, `partners.errors.name${language}TooLong`);

export const partnerFormSchema = z.object({
  nameEn: name("En"),
  nameRu: name("Ru"),
  url: siteUrlSchema,
  roleId: id("partners.errors.chooseRole"),
  visible: z.string().transform((v) => v === "on"),
});

export const partnerEditSchema = partnerFormSchema.extend({
  id: id("partners.errors.partnerMissing"),
  version: id("partners.errors.reload"),
});

// ---- roles ---------------------------------------------------------------------

const roleKinds = ["organizer", "operator", "partner"] as const;

export type RoleFormValues = { id: string; labelEn: string; labelRu: string; kind: string };

export function readRoleForm(formData: FormData): RoleFormValues {
  return readTextFields(formData, { id: 20, labelEn: 500, labelRu: 500, kind: 20 });
}

const label = (language: "En" | "Ru") =>
  z
    .string()
    .trim()
    .min(1, `partners.errors.roleLabel${language}Missing`)
    .max(120, `partners.errors.roleLabel${language}TooLong`);

export const roleFormSchema = z.object({
  labelEn: label("En"),
  labelRu: label("Ru"),
  kind: z.enum(roleKinds, { error: "partners.errors.kindMissing" }),
});

export const roleEditSchema = roleFormSchema.extend({ id: id("partners.errors.roleNotFound") });

// ---- small forms: move, delete, remove logo --------------------------------------

export const moveSchema = z.object({
  id: id("partners.errors.unknownItem"),
  direction: z.enum(["up", "down"]),
});

export const idFormSchema = z.object({ id: id("partners.errors.unknownItem") });

/** A stable key for a new role from its English label: lowercase Latin words joined by hyphens. */
export function roleKeyFrom(labelEn: string): string {
  const key = labelEn
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return key || "role";
}
