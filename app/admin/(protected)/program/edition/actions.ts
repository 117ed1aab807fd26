"use server";
// The edition's settings and the programme's publication: admins only,
// through the one admin write path. Publishing or hiding the programme, its
// dates or its zone change every programme page, calendar and search document
// (the search documents follow by trigger, migration 0005).
import { redirect } from "next/navigation";
import { updateEdition } from "@/db/queries/admin-edition";
import type { FormState } from "@/lib/admin/forms";
import { readTextFields } from "@/lib/admin/forms";
import { adminWrite, refuse } from "@/lib/admin/write-action";
import { adminText } from "@/lib/i18n/admin-text";
import { staleAfterProgramChange } from "@/lib/program/expiry";
import { EDITION_FIELDS, editionFormSchema, type EditionFormValues } from "@/lib/validation/edition";

export type EditionFormState = FormState<EditionFormValues>;

export async function updateEditionAction(previous: EditionFormState, formData: FormData): Promise<EditionFormState> {
  const values = readTextFields(formData, EDITION_FIELDS);
  const seq = (previous.seq ?? 0) + 1;
  const outcome = await adminWrite({
    role: "admin",
    name: "updateEditionAction",
    schema: editionFormSchema,
    input: values,
    change: async (tx, { id, version, ...fields }) => {
      const saved = await updateEdition(tx, id, version, fields);
      if (!saved.ok) {
        return saved.reason === "missing"
          ? refuse(null, "programEdition.errors.gone")
          : refuse(null, (await adminText("programEdition")).t("errors.conflict", { version: saved.currentVersion }));
      }
      const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => saved.before[key] !== fields[key]);
      return {
        ok: true,
        value: null,
        audit: { action: changed.includes("programState") ? fields.programState === "published" ? "publish" : "unpublish" : "update", entity: "edition", entityId: id, summary: { slug: saved.edition.slug, changed } },
        stale: staleAfterProgramChange(),
      };
    },
  });
  if (!outcome.ok) return { errors: outcome.errors, message: outcome.message, values, seq };
  redirect("/admin/program?notice=edition-saved");
}
