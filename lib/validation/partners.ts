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
  .max(2_000, "Keep the web address to 2,000 characters or fewer.")
  .transform((value, ctx) => {
    if (value === "") return null;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: "custom", message: "Enter the full web address, starting with https:// (for example https://example.com)." });
      return z.NEVER;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      ctx.addIssue({ code: "custom", message: "The web address must start with https:// or http://." });
      return z.NEVER;
    }
    if (!url.hostname || url.username || url.password) {
      ctx.addIssue({ code: "custom", message: "Enter a web address with a site name and no user name or password in it." });
      return z.NEVER;
    }
    return value;
  });

const name = (language: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the partner's name in ${language}.`)
    .max(200, `Keep the ${language} name to 200 characters or fewer.`);

export const partnerFormSchema = z.object({
  nameEn: name("English"),
  nameRu: name("Russian"),
  url: siteUrlSchema,
  roleId: id("Choose the partner's role."),
  visible: z.string().transform((v) => v === "on"),
});

export type PartnerInput = z.output<typeof partnerFormSchema>;

export const partnerEditSchema = partnerFormSchema.extend({
  id: id("This partner could not be found. Go back to the list and open it again."),
  version: id("Reload the page and make your changes again."),
});

// ---- roles ---------------------------------------------------------------------

export const roleKinds = ["organizer", "operator", "partner"] as const;
export type RoleKind = (typeof roleKinds)[number];

export type RoleFormValues = { id: string; labelEn: string; labelRu: string; kind: string };

export function readRoleForm(formData: FormData): RoleFormValues {
  return readTextFields(formData, { id: 20, labelEn: 500, labelRu: 500, kind: 20 });
}

const label = (language: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the role's name in ${language}.`)
    .max(120, `Keep the ${language} name to 120 characters or fewer.`);

export const roleFormSchema = z.object({
  labelEn: label("English"),
  labelRu: label("Russian"),
  kind: z.enum(roleKinds, { error: "Choose where the role's partners appear: organizer, operator or partner." }),
});

export type RoleInput = z.output<typeof roleFormSchema>;

export const roleEditSchema = roleFormSchema.extend({ id: id("This role could not be found. Go back to the list and open it again.") });

// ---- small forms: move, delete, remove logo --------------------------------------

export const moveSchema = z.object({
  id: id("Unknown item."),
  direction: z.enum(["up", "down"]),
});

export const idFormSchema = z.object({ id: id("Unknown item.") });

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
