// Loads the demo forum (content/news, content/partners.json, generated logos,
// the 2012 programme of lib/seed/program-2012*.ts)
// into a database. Idempotent: what exists is left as it is.
import { createHash } from "node:crypto";
import type { Database } from "@/db/client";
import { insertMediaOnce } from "@/db/queries/media";
import type { CompiledBody } from "@/db/compiled-body";
import { ensureArticle, ensurePartner, ensurePartnerRole } from "@/db/queries/seed";
import { loadSeedNews } from "@/lib/content/news-seed";
import { pngFromSvg } from "@/lib/images";
import { compileMdxToHtml, storedHtml } from "@/lib/mdx/compiled";
import { logoSvg } from "./logo";
import { seedProgram } from "./program";
import { loadPartnersFile } from "./partners-file";

/** A stable UUID per translation key, so en and ru files of one story share a group on every seed. */
function translationGroupOf(key: string): string {
  const h = createHash("sha1").update(`podium:translation:${key}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A seeded body's markup as a save would store it, so the demo's first visits compile nothing. */
async function compileForRow(body: string): Promise<CompiledBody> {
  return storedHtml(await compileMdxToHtml(body));
}

export type SeedReport = { articlesAdded: number; partnersAdded: number; roles: number; sessionsAdded: number; peopleAdded: number };

export async function seedDemoContent(db: Database): Promise<SeedReport> {
  const { roles, partners } = await loadPartnersFile();
  const roleIds = new Map<string, number>();
  for (const [position, role] of roles.entries()) {
    roleIds.set(role.key, await ensurePartnerRole(db, { ...role, position }));
  }

  let partnersAdded = 0;
  const positionInRole = new Map<string, number>();
  for (const partner of partners) {
    const position = positionInRole.get(partner.role) ?? 0;
    positionInRole.set(partner.role, position + 1);
    const logoMediaId = await insertMediaOnce(db, await pngFromSvg(logoSvg(partner.nameEn)));
    const added = await ensurePartner(db, {
      nameEn: partner.nameEn,
      nameRu: partner.nameRu,
      url: partner.url,
      roleId: roleIds.get(partner.role)!,
      position,
      logoMediaId,
    });
    if (added) partnersAdded++;
  }

  let articlesAdded = 0;
  for (const article of await loadSeedNews()) {
    const row = {
      locale: article.locale,
      slug: article.slug,
      title: article.title,
      lede: article.lede,
      body: article.body,
      author: article.author,
      status: "published" as const,
      publishedAt: article.publishedAt,
      createdAt: article.publishedAt,
      updatedAt: article.publishedAt,
      translationGroup: translationGroupOf(article.translationKey),
    };
    const added = await ensureArticle(db, row, compileForRow);
    if (added) articlesAdded++;
  }
  const { sessionsAdded, peopleAdded } = await seedProgram(db);
  return { articlesAdded, partnersAdded, roles: roles.length, sessionsAdded, peopleAdded };
}
