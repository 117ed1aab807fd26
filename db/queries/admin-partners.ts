// Partners and partner roles as staff edit them: every partner (hidden ones
// too), every role (empty ones too), and the writes. Orders are kept dense
// (0, 1, 2, …) and renumbered inside the transaction that changes them.
import { and, asc, count, eq, like, sql } from "drizzle-orm";
import type { Database } from "../client";
import { mediaPath } from "../media-path";
import { media, partnerRoles, partners, type Partner, type PartnerRole } from "../schema";
import { inTransaction } from "../transaction";

type Kind = PartnerRole["kind"];

type AdminLogo = { mediaId: number; url: string; width: number; height: number };
export type AdminPartner = Pick<Partner, "id" | "nameEn" | "nameRu" | "url" | "roleId" | "position" | "visible" | "version"> & {
  logo: AdminLogo | null;
};
export type AdminRole = PartnerRole & { partners: AdminPartner[] };

const partnerColumns = {
  id: partners.id,
  nameEn: partners.nameEn,
  nameRu: partners.nameRu,
  url: partners.url,
  roleId: partners.roleId,
  position: partners.position,
  visible: partners.visible,
  version: partners.version,
  logoMediaId: media.id,
  logoSha: media.sha256,
  logoMime: media.mime,
  logoWidth: media.width,
  logoHeight: media.height,
};

function toAdminPartner(row: {
  id: number;
  nameEn: string;
  nameRu: string;
  url: string | null;
  roleId: number;
  position: number;
  visible: boolean;
  version: number;
  logoMediaId: number | null;
  logoSha: string | null;
  logoMime: string | null;
  logoWidth: number | null;
  logoHeight: number | null;
}): AdminPartner {
  const { logoMediaId, logoSha, logoMime, logoWidth, logoHeight, ...partner } = row;
  return {
    ...partner,
    logo:
      logoMediaId && logoSha && logoMime && logoWidth && logoHeight
        ? { mediaId: logoMediaId, url: mediaPath(logoSha, logoMime), width: logoWidth, height: logoHeight }
        : null,
  };
}

/** Every role in page order, each with all its partners (hidden too) in order. */
export async function listAdminPartnerRoles(db: Database): Promise<AdminRole[]> {
  const roles = await db.select().from(partnerRoles).orderBy(asc(partnerRoles.position), asc(partnerRoles.id));
  const rows = await db
    .select(partnerColumns)
    .from(partners)
    .leftJoin(media, eq(media.id, partners.logoMediaId))
    .orderBy(asc(partners.position), asc(partners.id));
  const byRole = new Map<number, AdminRole>(roles.map((role) => [role.id, { ...role, partners: [] }]));
  for (const row of rows) byRole.get(row.roleId)?.partners.push(toAdminPartner(row));
  return [...byRole.values()];
}

export async function getAdminPartner(db: Database, id: number): Promise<AdminPartner | null> {
  const [row] = await db.select(partnerColumns).from(partners).leftJoin(media, eq(media.id, partners.logoMediaId)).where(eq(partners.id, id)).limit(1);
  return row ? toAdminPartner(row) : null;
}

export async function getPartnerRole(db: Database, id: number): Promise<(PartnerRole & { partnerCount: number }) | null> {
  const [role] = await db.select().from(partnerRoles).where(eq(partnerRoles.id, id)).limit(1);
  if (!role) return null;
  const [counted] = await db.select({ n: count() }).from(partners).where(eq(partners.roleId, id));
  return { ...role, partnerCount: counted?.n ?? 0 };
}

export async function listRoleOptions(db: Database): Promise<Pick<PartnerRole, "id" | "labelEn" | "kind">[]> {
  return db
    .select({ id: partnerRoles.id, labelEn: partnerRoles.labelEn, kind: partnerRoles.kind })
    .from(partnerRoles)
    .orderBy(asc(partnerRoles.position), asc(partnerRoles.id));
}

// ---- writes --------------------------------------------------------------------

export type PartnerFields = { nameEn: string; nameRu: string; url: string | null; roleId: number; visible: boolean };

/** Locks a role row, so writes to one role's order happen one after another. False when it is gone. */
async function lockRole(tx: Database, roleId: number): Promise<boolean> {
  const rows = await tx.select({ id: partnerRoles.id }).from(partnerRoles).where(eq(partnerRoles.id, roleId)).for("update");
  return rows.length > 0;
}

async function nextPositionInRole(tx: Database, roleId: number): Promise<number> {
  const [row] = await tx
    .select({ next: sql<number>`coalesce(max(${partners.position}) + 1, 0)::int` })
    .from(partners)
    .where(eq(partners.roleId, roleId));
  return row?.next ?? 0;
}

/** Positions 0..n-1 in the given order, writing only rows whose position changes. */
async function renumberPartners(tx: Database, roleId: number, orderedIds?: number[]): Promise<void> {
  const ids =
    orderedIds ??
    (await tx.select({ id: partners.id }).from(partners).where(eq(partners.roleId, roleId)).orderBy(asc(partners.position), asc(partners.id))).map((r) => r.id);
  for (const [position, id] of ids.entries()) {
    await tx.update(partners).set({ position }).where(and(eq(partners.id, id), sql`${partners.position} <> ${position}`));
  }
}

export type PartnerWrite = { ok: true; partner: Partner } | { ok: false; reason: "role-missing" | "not-found" | "conflict" };

/** Adds a partner at the end of its role. */
export async function createPartner(db: Database, fields: PartnerFields): Promise<PartnerWrite> {
  return inTransaction(db, async (tx) => {
    if (!(await lockRole(tx, fields.roleId))) return { ok: false, reason: "role-missing" };
    const position = await nextPositionInRole(tx, fields.roleId);
    const [partner] = await tx.insert(partners).values({ ...fields, position }).returning();
    return { ok: true, partner: partner! };
  });
}

/**
 * Saves the fields if the partner is still at `version` (optimistic locking);
 * a partner moved to another role goes to the end of that role.
 */
export async function updatePartner(db: Database, id: number, version: number, fields: PartnerFields): Promise<PartnerWrite & { previous?: Partner }> {
  return inTransaction(db, async (tx) => {
    const [current] = await tx.select().from(partners).where(eq(partners.id, id)).for("update");
    if (!current) return { ok: false, reason: "not-found" };
    if (current.version !== version) return { ok: false, reason: "conflict" };
    const roleChanged = current.roleId !== fields.roleId;
    // Lock both roles in id order, so two moves between the same roles cannot deadlock.
    for (const roleId of [...new Set([current.roleId, fields.roleId])].sort((a, b) => a - b)) {
      if (!(await lockRole(tx, roleId)) && roleId === fields.roleId) return { ok: false, reason: "role-missing" };
    }
    const position = roleChanged ? await nextPositionInRole(tx, fields.roleId) : current.position;
    const [partner] = await tx
      .update(partners)
      .set({ ...fields, position, version: sql`${partners.version} + 1` })
      .where(eq(partners.id, id))
      .returning();
    if (roleChanged) await renumberPartners(tx, current.roleId);
    return { ok: true, partner: partner!, previous: current };
  });
}

/** Sets or clears the logo. Not a versioned edit: the text form open beside it stays saveable. */
export async function setPartnerLogo(db: Database, id: number, logoMediaId: number | null): Promise<Partner | null> {
  const [partner] = await db.update(partners).set({ logoMediaId }).where(eq(partners.id, id)).returning();
  return partner ?? null;
}

export async function deletePartner(db: Database, id: number): Promise<Partner | null> {
  return inTransaction(db, async (tx) => {
    const [current] = await tx.select().from(partners).where(eq(partners.id, id));
    if (!current) return null;
    await lockRole(tx, current.roleId);
    const [deleted] = await tx.delete(partners).where(eq(partners.id, id)).returning();
    if (!deleted) return null;
    await renumberPartners(tx, deleted.roleId);
    return deleted;
  });
}

export type MoveResult = { ok: true; moved: boolean; roleId: number } | { ok: false; reason: "not-found" };

/** Swaps a partner with its neighbour in its role; at either end it stays where it is. */
export async function movePartner(db: Database, id: number, direction: "up" | "down"): Promise<MoveResult> {
  return inTransaction(db, async (tx) => {
    const [current] = await tx.select({ roleId: partners.roleId }).from(partners).where(eq(partners.id, id));
    if (!current) return { ok: false, reason: "not-found" };
    await lockRole(tx, current.roleId);
    const ids = (
      await tx.select({ id: partners.id }).from(partners).where(eq(partners.roleId, current.roleId)).orderBy(asc(partners.position), asc(partners.id))
    ).map((r) => r.id);
    const moved = swapWithNeighbour(ids, id, direction);
    if (!moved) return ids.includes(id) ? { ok: true, moved: false, roleId: current.roleId } : { ok: false, reason: "not-found" };
    await renumberPartners(tx, current.roleId, moved);
    return { ok: true, moved: true, roleId: current.roleId };
  });
}

/** The list with `id` swapped with its neighbour, or null when it is not there or already at that end. */
export function swapWithNeighbour(ids: number[], id: number, direction: "up" | "down"): number[] | null {
  const index = ids.indexOf(id);
  const other = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || other < 0 || other >= ids.length) return null;
  const next = [...ids];
  [next[index], next[other]] = [next[other]!, next[index]!];
  return next;
}

// ---- roles -----------------------------------------------------------------------

export type RoleFields = { labelEn: string; labelRu: string; kind: Kind };

/** Every role row locked, in page order: role order changes happen one after another. */
async function lockedRoleOrder(tx: Database): Promise<number[]> {
  const rows = await tx.select({ id: partnerRoles.id }).from(partnerRoles).orderBy(asc(partnerRoles.position), asc(partnerRoles.id)).for("update");
  return rows.map((r) => r.id);
}

async function renumberRoles(tx: Database, orderedIds: number[]): Promise<void> {
  for (const [position, id] of orderedIds.entries()) {
    await tx.update(partnerRoles).set({ position }).where(and(eq(partnerRoles.id, id), sql`${partnerRoles.position} <> ${position}`));
  }
}

/** Adds a role at the end of the page, with a unique key made from `keyBase`. */
export async function createRole(db: Database, fields: RoleFields, keyBase: string): Promise<PartnerRole> {
  return inTransaction(db, async (tx) => {
    const order = await lockedRoleOrder(tx);
    const taken = new Set(
      (await tx.select({ key: partnerRoles.key }).from(partnerRoles).where(like(partnerRoles.key, `${keyBase}%`))).map((r) => r.key),
    );
    let key = keyBase;
    for (let n = 2; taken.has(key); n++) key = `${keyBase}-${n}`;
    const [role] = await tx
      .insert(partnerRoles)
      .values({ ...fields, key, position: order.length })
      .returning();
    return role!;
  });
}

export async function updateRole(db: Database, id: number, fields: RoleFields): Promise<{ role: PartnerRole; previous: PartnerRole } | null> {
  return inTransaction(db, async (tx) => {
    const [previous] = await tx.select().from(partnerRoles).where(eq(partnerRoles.id, id)).for("update");
    if (!previous) return null;
    const [role] = await tx.update(partnerRoles).set(fields).where(eq(partnerRoles.id, id)).returning();
    return { role: role!, previous };
  });
}

export type RoleDelete = { ok: true; role: PartnerRole } | { ok: false; reason: "not-found" } | { ok: false; reason: "has-partners"; partnerCount: number };

/** Deletes a role that has no partners; one with partners is refused and left as it is. */
export async function deleteRole(db: Database, id: number): Promise<RoleDelete> {
  return inTransaction(db, async (tx) => {
    const order = await lockedRoleOrder(tx);
    if (!order.includes(id)) return { ok: false, reason: "not-found" };
    const [counted] = await tx.select({ n: count() }).from(partners).where(eq(partners.roleId, id));
    const partnerCount = counted?.n ?? 0;
    if (partnerCount > 0) return { ok: false, reason: "has-partners", partnerCount };
    const [role] = await tx.delete(partnerRoles).where(eq(partnerRoles.id, id)).returning();
    await renumberRoles(
      tx,
      order.filter((other) => other !== id),
    );
    return { ok: true, role: role! };
  });
}

/** Swaps a role with its neighbour on the page; at either end it stays where it is. */
export async function moveRole(db: Database, id: number, direction: "up" | "down"): Promise<{ ok: true; moved: boolean } | { ok: false; reason: "not-found" }> {
  return inTransaction(db, async (tx) => {
    const order = await lockedRoleOrder(tx);
    if (!order.includes(id)) return { ok: false, reason: "not-found" };
    const moved = swapWithNeighbour(order, id, direction);
    if (!moved) return { ok: true, moved: false };
    await renumberRoles(tx, moved);
    return { ok: true, moved: true };
  });
}
