import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { media } from "../schema";

export type StoredImage = { mime: string; bytes: Buffer; sha256: string; byteSize: number };

export async function getMediaBySha256(db: Database, sha256: string): Promise<StoredImage | null> {
  const [row] = await db
    .select({ mime: media.mime, bytes: media.bytes, sha256: media.sha256, byteSize: media.byteSize })
    .from(media)
    .where(eq(media.sha256, sha256))
    .limit(1);
  return row ?? null;
}

/** Stores an image once per content hash; returns the id of the row holding those bytes. */
export async function insertMediaOnce(
  db: Database,
  image: { mime: string; bytes: Buffer; width: number; height: number; sha256: string },
): Promise<number> {
  const [inserted] = await db
    .insert(media)
    .values({ ...image, byteSize: image.bytes.length })
    .onConflictDoNothing({ target: media.sha256 })
    .returning({ id: media.id });
  if (inserted) return inserted.id;
  const [existing] = await db.select({ id: media.id }).from(media).where(eq(media.sha256, image.sha256)).limit(1);
  if (!existing) throw new Error(`media ${image.sha256} vanished between insert and select`);
  return existing.id;
}
