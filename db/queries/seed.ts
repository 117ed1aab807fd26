// Writes used only by the demo seed. Each inserts what is missing and leaves
// what exists alone, so seeding twice changes nothing (and never undoes staff edits).
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { compiledBodyColumns, type CompiledBody } from "../compiled-body";
import { inTransaction } from "../transaction";
import { newsArticles, newsRevisions, partnerRoles, partners, type NewNewsArticle, type NewPartnerRole } from "../schema";

export async function ensurePartnerRole(db: Database, role: NewPartnerRole): Promise<number> {
  await db.insert(partnerRoles).values(role).onConflictDoNothing({ target: partnerRoles.key });
  const [row] = await db.select({ id: partnerRoles.id }).from(partnerRoles).where(eq(partnerRoles.key, role.key));
  if (!row) throw new Error(`partner role ${role.key} missing after insert`);
  return row.id;
}

export async function ensurePartner(
  db: Database,
  partner: { nameEn: string; nameRu: string; url: string | null; roleId: number; position: number; logoMediaId: number | null },
): Promise<boolean> {
  const [existing] = await db
    .select({ id: partners.id })
    .from(partners)
    .where(and(eq(partners.nameEn, partner.nameEn), eq(partners.roleId, partner.roleId)))
    .limit(1);
  if (existing) return false;
  await db.insert(partners).values(partner);
  return true;
}

/**
 * Inserts a published article and its first revision unless (locale, slug) is
 * taken, with its body's code as `compile` makes it (lib/mdx/compiled.ts). Only
 * an article about to be inserted is compiled: seeding a seeded database
 * compiles nothing.
 */
export async function ensureArticle(
  db: Database,
  article: NewNewsArticle & { slug: string; body: string },
  compile: (body: string) => Promise<CompiledBody>,
): Promise<boolean> {
  const [taken] = await db
    .select({ id: newsArticles.id })
    .from(newsArticles)
    .where(and(eq(newsArticles.locale, article.locale), eq(newsArticles.slug, article.slug)))
    .limit(1);
  if (taken) return false;
  const compiled = await compile(article.body);
  return inTransaction(db, async (tx) => {
    const [inserted] = await tx
      .insert(newsArticles)
      .values({ ...article, ...compiledBodyColumns(compiled) })
      .onConflictDoNothing()
      .returning();
    if (!inserted) return false;
    await tx.insert(newsRevisions).values({
      articleId: inserted.id,
      version: inserted.version,
      title: inserted.title,
      lede: inserted.lede,
      body: inserted.body,
      savedBy: "seed",
    });
    return true;
  });
}

export async function countArticles(db: Database): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(newsArticles);
  return row?.n ?? 0;
}
