"use server";
// Partner writes, each through the one admin write path
// (lib/admin/write-action.ts): editor role, zod, the change and its audit row
// in one transaction, then expiry of the `partners` tag (the public partners
// page and every page's footer wall). If the audit row cannot be written the
// change is undone, so "nothing was changed" is true and a retry cannot
// duplicate it.
import { redirect } from "next/navigation";
import { createPartner, deletePartner, movePartner, setPartnerLogo, updatePartner, type PartnerWrite } from "@/db/queries/admin-partners";
import { readTextFields } from "@/lib/admin/forms";
import { adminWrite, refuse } from "@/lib/admin/write-action";
import { adminText } from "@/lib/i18n/admin-text";
import { partnersStale } from "@/lib/partners-expiry";
import {
  idFormSchema,
  moveSchema,
  partnerEditSchema,
  partnerFormSchema,
  readPartnerForm,
  type FormState,
  type PartnerFormValues,
} from "@/lib/validation/partners";
import { partnerListUrl } from "./messages";

export type PartnerFormState = FormState<PartnerFormValues>;
export type DeleteState = { message?: string; seq?: number };


// Keys into messages/admin/<locale>/partners.json: the write path translates them.
const writeProblems: Record<Exclude<PartnerWrite, { ok: true }>["reason"], string> = {
  "role-missing": "partners.errors.roleMissing",
  "not-found": "partners.errors.partnerGone",
  conflict: "partners.errors.conflict",
};

function refusalOf(reason: Exclude<PartnerWrite, { ok: true }>["reason"]) {
  return refuse(reason === "role-missing" ? "roleId" : null, writeProblems[reason]);
}

export async function createPartnerAction(previous: PartnerFormState, formData: FormData): Promise<PartnerFormState> {
  const values = readPartnerForm(formData);
  const seq = (previous.seq ?? 0) + 1;
  const outcome = await adminWrite({
    role: "editor",
    name: "createPartnerAction",
    schema: partnerFormSchema,
    input: values,
    change: async (tx, input) => {
      const result = await createPartner(tx, input);
      if (!result.ok) return refusalOf(result.reason);
      const id = result.partner.id;
      return {
        ok: true,
        value: id,
        audit: { action: "create", entity: "partner", entityId: id, summary: { nameEn: input.nameEn, roleId: input.roleId, visible: input.visible } },
        stale: partnersStale,
      };
    },
  });
  if (!outcome.ok) return { errors: outcome.errors, message: outcome.message, values, seq };
  redirect(`/admin/partners/${outcome.value}?created=1`);
}

export async function updatePartnerAction(previous: PartnerFormState, formData: FormData): Promise<PartnerFormState> {
  const values = readPartnerForm(formData);
  const seq = (previous.seq ?? 0) + 1;
  const outcome = await adminWrite({
    role: "editor",
    name: "updatePartnerAction",
    schema: partnerEditSchema,
    input: values,
    change: async (tx, { id, version, ...fields }) => {
      const result = await updatePartner(tx, id, version, fields);
      if (!result.ok) return refusalOf(result.reason);
      const before = result.previous!;
      const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => before[key] !== fields[key]);
      return {
        ok: true,
        value: id,
        audit: { action: "update", entity: "partner", entityId: id, summary: { nameEn: fields.nameEn, changed, ...(changed.includes("visible") ? { visible: fields.visible } : {}) } },
        stale: partnersStale,
      };
    },
  });
  if (!outcome.ok) return { errors: outcome.errors, message: outcome.message, values, seq };
  redirect(partnerListUrl({ notice: "partner-saved", id: outcome.value, anchor: `partner-${outcome.value}` }));
}

export async function deletePartnerAction(previous: DeleteState, formData: FormData): Promise<DeleteState> {
  const seq = (previous.seq ?? 0) + 1;
  const outcome = await adminWrite({
    role: "editor",
    name: "deletePartnerAction",
    schema: idFormSchema,
    input: readTextFields(formData, { id: 20 }),
    change: async (tx, { id }) => {
      const deleted = await deletePartner(tx, id);
      if (!deleted) return refuse(null, writeProblems["not-found"]);
      return { ok: true, value: null, audit: { action: "delete", entity: "partner", entityId: deleted.id, summary: { nameEn: deleted.nameEn, roleId: deleted.roleId } }, stale: partnersStale };
    },
  });
  // A malformed id is a field error; a partner gone or a database down is the message.
  if (!outcome.ok) return { message: outcome.errors ? (await adminText("partners")).t("errors.partnerGoneShort") : outcome.message, seq };
  redirect(partnerListUrl({ notice: "partner-deleted" }));
}

/** The logo is removed, the partner stays. Upload goes through the route handler (progress, size limit). */
export async function removePartnerLogoAction(formData: FormData): Promise<void> {
  const raw = readTextFields(formData, { id: 20 });
  const outcome = await adminWrite({
    role: "editor",
    name: "removePartnerLogoAction",
    schema: idFormSchema,
    input: raw,
    change: async (tx, { id }) => {
      const partner = await setPartnerLogo(tx, id, null);
      if (!partner) return refuse("id", "not-found");
      return { ok: true, value: id, audit: { action: "update", entity: "partner", entityId: id, summary: { nameEn: partner.nameEn, changed: ["logo"], logo: null } }, stale: partnersStale };
    },
  });
  if (outcome.ok) redirect(`/admin/partners/${outcome.value}?logo=removed#logo`);
  if (outcome.errors) redirect(partnerListUrl({ notice: "not-found" }));
  redirect(`/admin/partners/${raw.id}?logoError=database#logo`);
}

/** "Move up" / "Move down" in the list: a plain form submit, so it works with the keyboard and without JavaScript. */
export async function movePartnerAction(formData: FormData): Promise<void> {
  const raw = readTextFields(formData, { id: 20, direction: 20 });
  const outcome = await adminWrite({
    role: "editor",
    name: "movePartnerAction",
    schema: moveSchema,
    input: raw,
    change: async (tx, { id, direction }) => {
      const result = await movePartner(tx, id, direction);
      if (!result.ok) return refuse("id", "not-found");
      // At the end of its list nothing moves: nothing to log or expire.
      if (!result.moved) return { ok: true, value: id, audit: [], stale: null };
      return { ok: true, value: id, audit: { action: "reorder", entity: "partner", entityId: id, summary: { direction, roleId: result.roleId } }, stale: partnersStale };
    },
  });
  if (outcome.ok) redirect(partnerListUrl({ anchor: `partner-${outcome.value}` }));
  if (outcome.errors) redirect(partnerListUrl({ notice: "not-found" }));
  redirect(partnerListUrl({ notice: "move-failed", anchor: `partner-${raw.id}` }));
}
