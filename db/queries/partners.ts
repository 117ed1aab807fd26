// The partner wall: roles in their order, each with its visible partners in order.
import { asc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { mediaPath } from "../media-path";
import { media, partnerRoles, partners } from "../schema";

export type WallPartner = {
  id: number;
  nameEn: string;
  nameRu: string;
  url: string | null;
  logo: { url: string; width: number; height: number } | null;
};

export type WallRole = {
  id: number;
  key: string;
  labelEn: string;
  labelRu: string;
  kind: "organizer" | "operator" | "partner";
  partners: WallPartner[];
};

export async function listPartnerWall(db: Database): Promise<WallRole[]> {
  const rows = await db
    .select({
      role: partnerRoles,
      partnerId: partners.id,
      nameEn: partners.nameEn,
      nameRu: partners.nameRu,
      url: partners.url,
      logoSha: media.sha256,
      logoMime: media.mime,
      logoWidth: media.width,
      logoHeight: media.height,
    })
    .from(partners)
    .innerJoin(partnerRoles, eq(partnerRoles.id, partners.roleId))
    .leftJoin(media, eq(media.id, partners.logoMediaId))
    .where(eq(partners.visible, true))
    .orderBy(asc(partnerRoles.position), asc(partnerRoles.id), asc(partners.position), asc(partners.id));

  const roles: WallRole[] = [];
  for (const row of rows) {
    let role = roles.at(-1);
    if (role?.id !== row.role.id) {
      const { id, key, labelEn, labelRu, kind } = row.role;
      role = { id, key, labelEn, labelRu, kind, partners: [] };
      roles.push(role);
    }
    role.partners.push({
      id: row.partnerId,
      nameEn: row.nameEn,
      nameRu: row.nameRu,
      url: row.url,
      logo:
        row.logoSha && row.logoMime && row.logoWidth && row.logoHeight
          ? { url: mediaPath(row.logoSha, row.logoMime), width: row.logoWidth, height: row.logoHeight }
          : null,
    });
  }
  return roles;
}
