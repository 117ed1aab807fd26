import { and, eq, lt, notExists, sql } from "drizzle-orm";
import type { Database } from "../client";
import { media, newsArticles, partners, people } from "../schema";

export type StoredImage = { mime: string; bytes: Buffer; sha256: string; byteSize: number };

export async function getMediaBySha256(db: Database, sha256: string): Promise<StoredImage | null> {
  const [row] = await db
    .select({ mime: media.mime, bytes: media.bytes, sha256: media.sha256, byteSize: media.byteSize })
    .from(media)
    .where(eq(media.sha256, sha256))
    .limit(1);
  return row ?? null;
}

/**
 * Stores an image once per content hash; returns the id of the row holding
 * those bytes. Storing bytes that are already there stamps the row's
 * `created_at` anew: that is what keeps pruneOrphanMedia (which only takes
 * rows older than a day) from deleting an old unreferenced row that an upload
 * is about to point at again. The stamp is written under the row's lock, so a
 * prune running at the same moment re-checks the row, finds it new, and keeps it.
 */
export async function insertMediaOnce(
  db: Database,
  image: { mime: string; bytes: Buffer; width: number; height: number; sha256: string },
): Promise<number> {
  const [row] = await db
    .insert(media)
    .values({ ...image, byteSize: image.bytes.length })
    .onConflictDoUpdate({ target: media.sha256, set: { createdAt: sql`now()` } })
    .returning({ id: media.id });
  if (!row) throw new Error(`media ${image.sha256}: the insert returned no row`);
  return row.id;
}

/**
 * Deletes images that nothing points to (no article cover, partner logo or
 * person photo) and that were stored before `before`. The grace period is for
 * an upload between storing its bytes and pointing at them, and for a save
 * that puts back an image an editor removed minutes ago. Returns how many went.
 */
export async function pruneOrphanMedia(db: Database, before: Date): Promise<number> {
  const result = await db
    .delete(media)
    .where(
      and(
        lt(media.createdAt, before),
        notExists(db.select({ one: sql`1` }).from(newsArticles).where(eq(newsArticles.coverMediaId, media.id))),
        notExists(db.select({ one: sql`1` }).from(partners).where(eq(partners.logoMediaId, media.id))),
        notExists(db.select({ one: sql`1` }).from(people).where(eq(people.photoMediaId, media.id))),
      ),
    );
  return result.rowCount ?? 0;
}
