"use server";
// Partner-role writes: the same path as partner writes (session, zod, query,
// audit, expire `partners`). A role that still has partners is never deleted.
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { cacheTags } from "@/db/cache-tags";
import { createRole, deleteRole, moveRole, updateRole } from "@/db/queries/admin-partners";
import { recordAudit } from "@/lib/audit";
import { requireRole } from "@/lib/auth/dal";
import { expireTagsFromAction } from "@/lib/revalidate";
import {
  fieldErrors,
  idFormSchema,
  moveSchema,
  readFields,
  readRoleForm,
  roleEditSchema,
  roleFormSchema,
  roleKeyFrom,
  type FormState,
  type RoleFormValues,
} from "@/lib/validation/partners";
import { DATABASE_PROBLEM, partnerListUrl } from "../messages";

export type RoleFormState = FormState<RoleFormValues>;
export type RoleDeleteState = { message?: string; seq?: number };

export async function createRoleAction(previous: RoleFormState, formData: FormData): Promise<RoleFormState> {
  const session = await requireRole("editor");
  const values = readRoleForm(formData);
  const seq = (previous.seq ?? 0) + 1;
  const parsed = roleFormSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors<RoleFormValues>(parsed.error), values, seq };
  let id: number;
  try {
    const db = await getDb();
    const role = await createRole(db, parsed.data, roleKeyFrom(parsed.data.labelEn));
    id = role.id;
    await recordAudit(db, session, { action: "create", entity: "partner_role", entityId: id, summary: { key: role.key, labelEn: role.labelEn, kind: role.kind } });
  } catch (error) {
    console.error("createRoleAction:", error);
    return { message: DATABASE_PROBLEM, values, seq };
  }
  expireTagsFromAction(cacheTags.partners);
  redirect(partnerListUrl({ notice: "role-created", id, anchor: `role-${id}` }));
}

export async function updateRoleAction(previous: RoleFormState, formData: FormData): Promise<RoleFormState> {
  const session = await requireRole("editor");
  const values = readRoleForm(formData);
  const seq = (previous.seq ?? 0) + 1;
  const parsed = roleEditSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors<RoleFormValues>(parsed.error), values, seq };
  const { id, ...fields } = parsed.data;
  try {
    const db = await getDb();
    const result = await updateRole(db, id, fields);
    if (!result) return { message: "This role no longer exists: someone may have deleted it.", values, seq };
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => result.previous[key] !== fields[key]);
    await recordAudit(db, session, { action: "update", entity: "partner_role", entityId: id, summary: { key: result.role.key, labelEn: fields.labelEn, changed } });
  } catch (error) {
    console.error("updateRoleAction:", error);
    return { message: DATABASE_PROBLEM, values, seq };
  }
  expireTagsFromAction(cacheTags.partners);
  redirect(partnerListUrl({ notice: "role-saved", id, anchor: `role-${id}` }));
}

export async function deleteRoleAction(previous: RoleDeleteState, formData: FormData): Promise<RoleDeleteState> {
  const session = await requireRole("editor");
  const seq = (previous.seq ?? 0) + 1;
  const parsed = idFormSchema.safeParse(readFields(formData, ["id"]));
  if (!parsed.success) return { message: "This role could not be found. Go back to the list.", seq };
  try {
    const db = await getDb();
    const result = await deleteRole(db, parsed.data.id);
    if (!result.ok) {
      if (result.reason === "not-found") return { message: "This role no longer exists: someone may have deleted it.", seq };
      const n = result.partnerCount;
      return {
        message: `This role cannot be deleted because ${n} partner${n === 1 ? " still has" : "s still have"} it. Give ${n === 1 ? "that partner" : "those partners"} another role, or delete ${n === 1 ? "it" : "them"}, and then delete the role.`,
        seq,
      };
    }
    await recordAudit(db, session, { action: "delete", entity: "partner_role", entityId: result.role.id, summary: { key: result.role.key, labelEn: result.role.labelEn } });
  } catch (error) {
    console.error("deleteRoleAction:", error);
    return { message: "The role could not be deleted because the database did not answer. Nothing was changed; try again in a moment.", seq };
  }
  expireTagsFromAction(cacheTags.partners);
  redirect(partnerListUrl({ notice: "role-deleted" }));
}

/** "Move up" / "Move down" for a role's place on the page: a plain form submit. */
export async function moveRoleAction(formData: FormData): Promise<void> {
  const session = await requireRole("editor");
  const parsed = moveSchema.safeParse(readFields(formData, ["id", "direction"]));
  if (!parsed.success) redirect(partnerListUrl({ notice: "not-found" }));
  const { id, direction } = parsed.data;
  let outcome: Awaited<ReturnType<typeof moveRole>>;
  try {
    const db = await getDb();
    outcome = await moveRole(db, id, direction);
    if (outcome.ok && outcome.moved) await recordAudit(db, session, { action: "reorder", entity: "partner_role", entityId: id, summary: { direction } });
  } catch (error) {
    console.error("moveRoleAction:", error);
    redirect(partnerListUrl({ notice: "move-failed", anchor: `role-${id}` }));
  }
  if (!outcome.ok) redirect(partnerListUrl({ notice: "not-found" }));
  if (outcome.moved) expireTagsFromAction(cacheTags.partners);
  redirect(partnerListUrl({ anchor: `role-${id}` }));
}
