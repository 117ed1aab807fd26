"use server";
// Partner-role writes, through the one admin write path like partner writes
// (lib/admin/write-action.ts): editor role, zod, the change and its audit row
// in one transaction, expiry of `partners`. A role that still has partners is
// never deleted.
import { redirect } from "next/navigation";
import { createRole, deleteRole, moveRole, updateRole } from "@/db/queries/admin-partners";
import { readTextFields } from "@/lib/admin/forms";
import { adminWrite, refuse } from "@/lib/admin/write-action";
import { adminText } from "@/lib/i18n/admin-text";
import { partnersStale } from "@/lib/partners-expiry";
import {
  idFormSchema,
  moveSchema,
  readRoleForm,
  roleEditSchema,
  roleFormSchema,
  roleKeyFrom,
  type FormState,
  type RoleFormValues,
} from "@/lib/validation/partners";
import { partnerListUrl } from "../messages";

export type RoleFormState = FormState<RoleFormValues>;
export type RoleDeleteState = { message?: string; seq?: number };

const ROLE_GONE = "partners.errors.roleGone"; // a key: the write path translates it

export async function createRoleAction(previous: RoleFormState, formData: FormData): Promise<RoleFormState> {
  const values = readRoleForm(formData);
  const seq = (previous.seq ?? 0) + 1;
  const outcome = await adminWrite({
    role: "editor",
    name: "createRoleAction",
    schema: roleFormSchema,
    input: values,
    change: async (tx, input) => {
      const role = await createRole(tx, input, roleKeyFrom(input.labelEn));
      return {
        ok: true,
        value: role.id,
        audit: { action: "create", entity: "partner_role", entityId: role.id, summary: { key: role.key, labelEn: role.labelEn, kind: role.kind } },
        stale: partnersStale,
      };
    },
  });
  if (!outcome.ok) return { errors: outcome.errors, message: outcome.message, values, seq };
  redirect(partnerListUrl({ notice: "role-created", id: outcome.value, anchor: `role-${outcome.value}` }));
}

export async function updateRoleAction(previous: RoleFormState, formData: FormData): Promise<RoleFormState> {
  const values = readRoleForm(formData);
  const seq = (previous.seq ?? 0) + 1;
  const outcome = await adminWrite({
    role: "editor",
    name: "updateRoleAction",
    schema: roleEditSchema,
    input: values,
    change: async (tx, { id, ...fields }) => {
      const result = await updateRole(tx, id, fields);
      if (!result) return refuse(null, ROLE_GONE);
      const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => result.previous[key] !== fields[key]);
      return {
        ok: true,
        value: id,
        audit: { action: "update", entity: "partner_role", entityId: id, summary: { key: result.role.key, labelEn: fields.labelEn, changed } },
        stale: partnersStale,
      };
    },
  });
  if (!outcome.ok) return { errors: outcome.errors, message: outcome.message, values, seq };
  redirect(partnerListUrl({ notice: "role-saved", id: outcome.value, anchor: `role-${outcome.value}` }));
}

export async function deleteRoleAction(previous: RoleDeleteState, formData: FormData): Promise<RoleDeleteState> {
  const seq = (previous.seq ?? 0) + 1;
  const outcome = await adminWrite({
    role: "editor",
    name: "deleteRoleAction",
    schema: idFormSchema,
    input: readTextFields(formData, { id: 20 }),
    change: async (tx, { id }) => {
      const result = await deleteRole(tx, id);
      if (!result.ok) {
        if (result.reason === "not-found") return refuse(null, ROLE_GONE);
        return refuse(null, (await adminText("partners")).t("errors.roleInUse", { count: result.partnerCount }));
      }
      return { ok: true, value: null, audit: { action: "delete", entity: "partner_role", entityId: result.role.id, summary: { key: result.role.key, labelEn: result.role.labelEn } }, stale: partnersStale };
    },
  });
  if (!outcome.ok) return { message: outcome.errors ? (await adminText("partners")).t("errors.roleGoneShort") : outcome.message, seq };
  redirect(partnerListUrl({ notice: "role-deleted" }));
}

/** "Move up" / "Move down" for a role's place on the page: a plain form submit. */
export async function moveRoleAction(formData: FormData): Promise<void> {
  const raw = readTextFields(formData, { id: 20, direction: 20 });
  const outcome = await adminWrite({
    role: "editor",
    name: "moveRoleAction",
    schema: moveSchema,
    input: raw,
    change: async (tx, { id, direction }) => {
      const result = await moveRole(tx, id, direction);
      if (!result.ok) return refuse("id", "not-found");
      if (!result.moved) return { ok: true, value: id, audit: [], stale: null };
      return { ok: true, value: id, audit: { action: "reorder", entity: "partner_role", entityId: id, summary: { direction } }, stale: partnersStale };
    },
  });
  if (outcome.ok) redirect(partnerListUrl({ anchor: `role-${outcome.value}` }));
  if (outcome.errors) redirect(partnerListUrl({ notice: "not-found" }));
  redirect(partnerListUrl({ notice: "move-failed", anchor: `role-${raw.id}` }));
}
