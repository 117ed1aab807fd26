// An article's cover image as staff set it. The cover (image and alt text) is
// its own field, outside the text's optimistic lock: setting it neither checks
// nor bumps `version` and records no text revision, so an editor's open form
// (which carries the version it was opened on) still saves after an upload,
// and a text save never touches the cover. Two cover changes at once: the
// later one wins, and both are in the audit log with their image's hash.
import { eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { mediaPath } from "../media-path";
import { media, newsArticles, type NewsArticle } from "../schema";
import { inTransaction } from "../transaction";
import { insertMediaOnce } from "./media";

export type ArticleCover = { url: string; width: number; height: number; alt: string };

export async function getArticleCover(db: Database, articleId: number): Promise<ArticleCover | null> {
  const [row] = await db
    .select({ sha256: media.sha256, mime: media.mime, width: media.width, height: media.height, alt: newsArticles.coverAlt })
    .from(newsArticles)
    .innerJoin(media, eq(media.id, newsArticles.coverMediaId))
    .where(eq(newsArticles.id, articleId))
    .limit(1);
  return row ? { url: mediaPath(row.sha256, row.mime), width: row.width, height: row.height, alt: row.alt } : null;
}

export type CoverChange =
  /** A new image (stored once per hash) with its alt text. */
  | { kind: "image"; image: { mime: string; bytes: Buffer; width: number; height: number; sha256: string }; alt: string }
  /** Only the alt text of the image already there. */
  | { kind: "alt"; alt: string }
  | { kind: "remove" };

export type CoverOutcome =
  | { ok: true; article: NewsArticle; before: Pick<NewsArticle, "coverMediaId" | "coverAlt">; mediaId: number | null }
  | { ok: false; reason: "not_found" | "no_cover" };

/**
 * Applies a cover change in one transaction (a savepoint inside the caller's,
 * lib/admin/write-action.ts, which adds the audit entry), so the image, the
 * article's pointer and the audit line land together or not at all.
 */
export async function setArticleCover(
  db: Database,
  articleId: number,
  change: CoverChange,
): Promise<CoverOutcome> {
  return inTransaction(db, async (tx) => {
    const [before] = await tx
      .select({ coverMediaId: newsArticles.coverMediaId, coverAlt: newsArticles.coverAlt })
      .from(newsArticles)
      .where(eq(newsArticles.id, articleId))
      .for("update")
      .limit(1);
    if (!before) return { ok: false, reason: "not_found" } as const;
    if (change.kind === "alt" && before.coverMediaId === null) return { ok: false, reason: "no_cover" } as const;
    const mediaId = change.kind === "image" ? await insertMediaOnce(tx, change.image) : change.kind === "alt" ? before.coverMediaId : null;
    const [article] = await tx
      .update(newsArticles)
      // updated_at moves (the sitemap's lastmod: the page changed); version does not (see above).
      .set({ coverMediaId: mediaId, coverAlt: change.kind === "remove" ? "" : change.alt, updatedAt: sql`now()` })
      .where(eq(newsArticles.id, articleId))
      .returning();
    if (!article) return { ok: false, reason: "not_found" } as const;
    return { ok: true as const, article, before, mediaId };
  });
}
