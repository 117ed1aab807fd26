"use server";
// Partner writes. Each: session check first, zod, query, audit entry, expire
// the `partners` tag (the public partners page and every page's footer wall).
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { cacheTags } from "@/db/cache-tags";
import { createPartner, deletePartner, movePartner, setPartnerLogo, updatePartner, type PartnerWrite } from "@/db/queries/admin-partners";
import { recordAudit } from "@/lib/audit";
import { requireRole } from "@/lib/auth/dal";
import { expireTagsFromAction } from "@/lib/revalidate";
import {
  fieldErrors,
  idFormSchema,
  moveSchema,
  partnerEditSchema,
  partnerFormSchema,
  readFields,
  readPartnerForm,
  type FormState,
  type PartnerFormValues,
} from "@/lib/validation/partners";
import { DATABASE_PROBLEM, partnerListUrl } from "./messages";

export type PartnerFormState = FormState<PartnerFormValues>;
export type DeleteState = { message?: string; seq?: number };

const writeProblems: Record<Exclude<PartnerWrite, { ok: true }>["reason"], string> = {
  "role-missing": "The chosen role no longer exists. Choose another role.",
  "not-found": "This partner no longer exists: someone may have deleted it. Copy what you typed if you need it.",
  conflict: "Someone else saved this partner while you were editing it. Reload the page to see their version, then make your changes again (your input is kept below).",
};

export async function createPartnerAction(previous: PartnerFormState, formData: FormData): Promise<PartnerFormState> {
  const session = await requireRole("editor");
  const values = readPartnerForm(formData);
  const seq = (previous.seq ?? 0) + 1;
  const parsed = partnerFormSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors<PartnerFormValues>(parsed.error), values, seq };
  let id: number;
  try {
    const db = await getDb();
    const result = await createPartner(db, parsed.data);
    if (!result.ok) return { errors: { roleId: [writeProblems[result.reason]] }, values, seq };
    id = result.partner.id;
    await recordAudit(db, session, {
      action: "create",
      entity: "partner",
      entityId: id,
      summary: { nameEn: parsed.data.nameEn, roleId: parsed.data.roleId, visible: parsed.data.visible },
    });
  } catch (error) {
    console.error("createPartnerAction:", error);
    return { message: DATABASE_PROBLEM, values, seq };
  }
  expireTagsFromAction(cacheTags.partners);
  redirect(`/admin/partners/${id}?created=1`);
}

export async function updatePartnerAction(previous: PartnerFormState, formData: FormData): Promise<PartnerFormState> {
  const session = await requireRole("editor");
  const values = readPartnerForm(formData);
  const seq = (previous.seq ?? 0) + 1;
  const parsed = partnerEditSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors<PartnerFormValues>(parsed.error), values, seq };
  const { id, version, ...fields } = parsed.data;
  try {
    const db = await getDb();
    const result = await updatePartner(db, id, version, fields);
    if (!result.ok) {
      return result.reason === "role-missing" ? { errors: { roleId: [writeProblems[result.reason]] }, values, seq } : { message: writeProblems[result.reason], values, seq };
    }
    const before = result.previous!;
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => before[key] !== fields[key]);
    await recordAudit(db, session, {
      action: "update",
      entity: "partner",
      entityId: id,
      summary: { nameEn: fields.nameEn, changed, ...(changed.includes("visible") ? { visible: fields.visible } : {}) },
    });
  } catch (error) {
    console.error("updatePartnerAction:", error);
    return { message: DATABASE_PROBLEM, values, seq };
  }
  expireTagsFromAction(cacheTags.partners);
  redirect(partnerListUrl({ notice: "partner-saved", id, anchor: `partner-${id}` }));
}

export async function deletePartnerAction(previous: DeleteState, formData: FormData): Promise<DeleteState> {
  const session = await requireRole("editor");
  const seq = (previous.seq ?? 0) + 1;
  const parsed = idFormSchema.safeParse(readFields(formData, ["id"]));
  if (!parsed.success) return { message: "This partner could not be found. Go back to the list.", seq };
  try {
    const db = await getDb();
    const deleted = await deletePartner(db, parsed.data.id);
    if (!deleted) return { message: writeProblems["not-found"], seq };
    await recordAudit(db, session, { action: "delete", entity: "partner", entityId: deleted.id, summary: { nameEn: deleted.nameEn, roleId: deleted.roleId } });
  } catch (error) {
    console.error("deletePartnerAction:", error);
    return { message: "The partner could not be deleted because the database did not answer. Nothing was changed; try again in a moment.", seq };
  }
  expireTagsFromAction(cacheTags.partners);
  redirect(partnerListUrl({ notice: "partner-deleted" }));
}

/** The logo is removed, the partner stays. Upload goes through the route handler (progress, size limit). */
export async function removePartnerLogoAction(formData: FormData): Promise<void> {
  const session = await requireRole("editor");
  const parsed = idFormSchema.safeParse(readFields(formData, ["id"]));
  if (!parsed.success) redirect(partnerListUrl({ notice: "not-found" }));
  const { id } = parsed.data;
  let found = false;
  try {
    const db = await getDb();
    const partner = await setPartnerLogo(db, id, null);
    found = partner !== null;
    if (partner) await recordAudit(db, session, { action: "update", entity: "partner", entityId: id, summary: { nameEn: partner.nameEn, changed: ["logo"], logo: null } });
  } catch (error) {
    console.error("removePartnerLogoAction:", error);
    redirect(`/admin/partners/${id}?logoError=database#logo`);
  }
  if (!found) redirect(partnerListUrl({ notice: "not-found" }));
  expireTagsFromAction(cacheTags.partners);
  redirect(`/admin/partners/${id}?logo=removed#logo`);
}

/** "Move up" / "Move down" in the list: a plain form submit, so it works with the keyboard and without JavaScript. */
export async function movePartnerAction(formData: FormData): Promise<void> {
  const session = await requireRole("editor");
  const parsed = moveSchema.safeParse(readFields(formData, ["id", "direction"]));
  if (!parsed.success) redirect(partnerListUrl({ notice: "not-found" }));
  const { id, direction } = parsed.data;
  let outcome: Awaited<ReturnType<typeof movePartner>>;
  try {
    const db = await getDb();
    outcome = await movePartner(db, id, direction);
    if (outcome.ok && outcome.moved) await recordAudit(db, session, { action: "reorder", entity: "partner", entityId: id, summary: { direction, roleId: outcome.roleId } });
  } catch (error) {
    console.error("movePartnerAction:", error);
    redirect(partnerListUrl({ notice: "move-failed", anchor: `partner-${id}` }));
  }
  if (!outcome.ok) redirect(partnerListUrl({ notice: "not-found" }));
  if (outcome.moved) expireTagsFromAction(cacheTags.partners);
  redirect(partnerListUrl({ anchor: `partner-${id}` }));
}
