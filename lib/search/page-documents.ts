// Event pages are files (content/pages), not rows, so no trigger sees them:
// their search documents are replaced from the files when a server starts
// (lib/search/startup.ts), in one transaction, so a deploy that changes a page
// changes what search finds.
import { and, eq, notInArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { inTransaction } from "@/db/transaction";
import { searchDocuments } from "@/db/schema";
import { getPage, listPages } from "@/lib/content/pages";
import { locales } from "@/lib/site-config";
import { paths } from "@/lib/urls";

export async function syncPageDocuments(db: Database, root?: string): Promise<number> {
  const pages = (
    await Promise.all(
      locales.map(async (locale) => {
        const metas = await listPages(locale, root);
        return Promise.all(metas.map(async (meta) => ({ locale, meta, page: (await getPage(locale, meta.slug, root))! })));
      }),
    )
  ).flat();
  await inTransaction(db, async (tx) => {
    for (const locale of locales) {
      const slugs = pages.filter((p) => p.locale === locale).map((p) => p.meta.slug);
      await tx
        .delete(searchDocuments)
        .where(and(eq(searchDocuments.kind, "page"), eq(searchDocuments.locale, locale), slugs.length ? notInArray(searchDocuments.ref, slugs) : undefined));
    }
    for (const { locale, page } of pages) {
      const body = `${page.description}\n${page.body}`;
      await tx
        .insert(searchDocuments)
        .values({ kind: "page", ref: page.slug, locale, title: page.title, body: sql`search_plain_text(${body})`, path: paths.page(locale, page.slug) })
        .onConflictDoUpdate({
          target: [searchDocuments.kind, searchDocuments.ref, searchDocuments.locale],
          set: { title: page.title, body: sql`search_plain_text(${body})`, path: paths.page(locale, page.slug) },
        });
      await tx.execute(sql`SELECT search_add_words(${page.title + " " + body})`);
    }
  });
  return pages.length;
}
