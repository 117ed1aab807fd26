// Images nothing points to are pruned by the daily maintenance
// (db/queries/media.ts pruneOrphanMedia, lib/maintenance.ts): a cover, a logo or
// a photo keeps its image whatever its age; an unreferenced image goes once it
// is older than the grace period; storing the same bytes again (an upload that
// reuses an old unreferenced image) makes it new, so the prune keeps it.
import { createHash, randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { createDb } from "@/db/client";
import { insertMediaOnce, pruneOrphanMedia } from "@/db/queries/media";
import { media, newsArticles, partnerRoles, partners, people } from "@/db/schema";

const { db, pool } = createDb(inject("databaseUrl"));
afterAll(() => pool.end());

const LONG_AGO = new Date("2001-01-01T00:00:00Z");
/** Prunes only what this file made old (rows stamped LONG_AGO), never another file's rows. */
const CUTOFF = new Date("2001-06-01T00:00:00Z");

async function storeImage(label: string, createdAt = LONG_AGO): Promise<number> {
  const bytes = Buffer.from(`${label}-${randomUUID()}`);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const id = await insertMediaOnce(db, { mime: "image/png", bytes, width: 1, height: 1, sha256 });
  await db.update(media).set({ createdAt }).where(eq(media.id, id));
  return id;
}

async function existing(ids: number[]): Promise<number[]> {
  return (await db.select({ id: media.id }).from(media).where(inArray(media.id, ids))).map((row) => row.id).sort((a, b) => a - b);
}

describe("pruneOrphanMedia", () => {
  it("keeps covers, logos and photos whatever their age, deletes old images nothing points to, and keeps new ones", async () => {
    const cover = await storeImage("cover");
    const logo = await storeImage("logo");
    const photo = await storeImage("photo");
    const oldOrphan = await storeImage("old-orphan");
    const newOrphan = await storeImage("new-orphan", new Date());

    await db.insert(newsArticles).values({ locale: "en", slug: `prune-${randomUUID()}`, title: "Pruning", coverMediaId: cover });
    const [role] = await db.insert(partnerRoles).values({ key: `prune-${randomUUID()}`, labelEn: "Prune role", labelRu: "Роль", kind: "partner", position: 9_000 }).returning({ id: partnerRoles.id });
    await db.insert(partners).values({ nameEn: "Prune partner", nameRu: "Партнёр", roleId: role!.id, position: 1, logoMediaId: logo });
    await db.insert(people).values({ slug: `prune-${randomUUID()}`, lastNameRu: "Иванов", firstNameRu: "Иван", lastNameEn: "Ivanov", firstNameEn: "Ivan", photoMediaId: photo });

    expect(await pruneOrphanMedia(db, CUTOFF)).toBe(1);
    expect(await existing([cover, logo, photo, oldOrphan, newOrphan])).toEqual([cover, logo, photo, newOrphan].sort((a, b) => a - b));
  });

  it("deletes the old logo's image once its partner shows a new one", async () => {
    const oldLogo = await storeImage("old-logo");
    const newLogo = await storeImage("new-logo");
    const [role] = await db.insert(partnerRoles).values({ key: `prune-${randomUUID()}`, labelEn: "Prune role 2", labelRu: "Роль 2", kind: "partner", position: 9_001 }).returning({ id: partnerRoles.id });
    await db.insert(partners).values({ nameEn: "Swapper", nameRu: "Сменщик", roleId: role!.id, position: 1, logoMediaId: oldLogo });
    await db.update(partners).set({ logoMediaId: newLogo }).where(eq(partners.logoMediaId, oldLogo));

    expect(await pruneOrphanMedia(db, CUTOFF)).toBe(1);
    expect(await existing([oldLogo, newLogo])).toEqual([newLogo]);
  });

  it("keeps an old unreferenced image whose bytes are stored again (an upload reusing it)", async () => {
    const bytes = Buffer.from(`reused-${randomUUID()}`);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const image = { mime: "image/png", bytes, width: 1, height: 1, sha256 };
    const id = await insertMediaOnce(db, image);
    await db.update(media).set({ createdAt: LONG_AGO }).where(eq(media.id, id));

    expect(await insertMediaOnce(db, image)).toBe(id); // the same row, stamped anew
    expect(await pruneOrphanMedia(db, CUTOFF)).toBe(0);
    expect(await existing([id])).toEqual([id]);
  });
});
