import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createDb, type Database } from "@/db/client";
import {
  countPublishedNews,
  feedPageQuery,
  getPublishedArticle,
  getPublishedArticleWithTranslation,
  getRedirectedSlug,
  listFeedArticles,
  listPublishedForSitemap,
  listPublishedNews,
  maxPublishedId,
} from "@/db/queries/news";
import { getMediaBySha256 } from "@/db/queries/media";
import { listPartnerWall } from "@/db/queries/partners";
import { newsArticles, slugRedirects } from "@/db/schema";
import { seedDemoContent } from "@/lib/seed/demo-content";
import type { Pool } from "pg";

let db: Database;
let pool: Pool;
const everyId = { afterId: 0, upToId: 2 ** 31 - 1 };

/** The slug of a story's public translation, by a query of its own: what the page's one query must agree with. */
async function publicTranslationSlug(translationGroup: string, locale: "en" | "ru"): Promise<string | null> {
  const [row] = await db
    .select({ slug: newsArticles.slug })
    .from(newsArticles)
    .where(and(eq(newsArticles.translationGroup, translationGroup), eq(newsArticles.locale, locale), sql`${newsArticles.status} = 'published' AND ${newsArticles.publishedAt} <= now()`))
    .limit(1);
  return row?.slug ?? null;
}

beforeAll(async () => {
  ({ db, pool } = createDb(inject("databaseUrl"), { max: 3 }));
  await seedDemoContent(db);
});

afterAll(async () => {
  await pool.end();
});

describe("demo seed", () => {
  it("is idempotent: a second run adds nothing", async () => {
    const before = await countPublishedNews(db, "en");
    const report = await seedDemoContent(db);
    expect(report).toMatchObject({ articlesAdded: 0, partnersAdded: 0 });
    expect(await countPublishedNews(db, "en")).toBe(before);
  });

  it("loads at least 15 articles per locale, each translated", async () => {
    for (const locale of ["en", "ru"] as const) {
      expect(await countPublishedNews(db, locale)).toBeGreaterThanOrEqual(15);
    }
    const en = await getPublishedArticle(db, "en", "no-sense-of-synergetic-effect-of-cooperation-in-russian-economy");
    expect(en?.title).toBe("There is no sense of the synergetic effect of cooperation in the Russian economy");
    expect(en?.body).toContain("Vasiliev said in his closing remarks");
    const ruSlug = await publicTranslationSlug(en!.translationGroup, "ru");
    expect(ruSlug).toBeTruthy();
    const ru = await getPublishedArticle(db, "ru", ruSlug!);
    expect(ru?.translationGroup).toBe(en!.translationGroup);
    // The page's one query gives the same article and the same translation slug.
    const withTranslation = await getPublishedArticleWithTranslation(db, "en", en!.slug);
    expect(withTranslation).toEqual({ article: en, translationSlug: ruSlug });
    expect((await getPublishedArticleWithTranslation(db, "ru", ruSlug!))?.translationSlug).toBe(en!.slug);
  });

  it("contains no leaked PHP template", async () => {
    const rows = await db.select({ body: newsArticles.body, title: newsArticles.title }).from(newsArticles);
    for (const row of rows) {
      expect(row.body + row.title).not.toMatch(/<\?|\?>|return_links/);
    }
  });
});

describe("partner wall", () => {
  it("lists organizers, operator, then the seed's 43 partners under 12 roles, in order", async () => {
    const roles = await listPartnerWall(db);
    expect(roles.map((r) => r.kind).slice(0, 2)).toEqual(["organizer", "operator"]);
    expect(roles[0]!.partners.map((p) => p.nameEn)).toEqual([
      "The Government of Perm Region",
      "LUKOIL Group Companies in the Perm Region",
    ]);
    expect(roles[1]!.partners.map((p) => p.nameEn)).toEqual(["Consulting company IRP Group"]);
    const partnerRoles = roles.filter((r) => r.kind === "partner");
    expect(partnerRoles.map((r) => r.labelEn)).toEqual([
      "Forum communication",
      "Forum car",
      "Sponsor",
      "IT support",
      "Partner",
      "General media partner",
      "Forum TV",
      "General internet partner",
      "Forum online newspaper",
      "Official media partner",
      "Regional partner of the project",
      "Multimedia partner",
    ]);
    expect(partnerRoles.flatMap((r) => r.partners)).toHaveLength(43);
  });

  it("gives every partner a stored PNG logo that decodes", async () => {
    const roles = await listPartnerWall(db);
    const first = roles[0]!.partners[0]!;
    expect(first.logo?.url).toMatch(/^\/media\/[0-9a-f]{64}\.png$/);
    const sha = first.logo!.url.slice(7, 71);
    const image = await getMediaBySha256(db, sha);
    expect(image?.mime).toBe("image/png");
    const { default: sharp } = await import("sharp");
    const meta = await sharp(image!.bytes).metadata();
    expect(meta.format).toBe("png");
    expect(meta.width).toBe(first.logo!.width);
  });
});

describe("only published articles whose time has passed are public", () => {
  const hidden = ["int-draft", "int-scheduled"];

  beforeAll(async () => {
    await db.insert(newsArticles).values([
      { locale: "en", slug: "int-draft", title: "Draft", status: "draft", publishedAt: new Date(Date.now() - 60_000) },
      { locale: "en", slug: "int-scheduled", title: "Scheduled", status: "published", publishedAt: new Date(Date.now() + 3_600_000) },
      { locale: "en", slug: "int-newest", title: "Newest", status: "published", publishedAt: new Date(Date.now() - 1_000) },
    ]);
  });

  it("gives no translation slug for a translation that is not public yet", async () => {
    const newest = await getPublishedArticle(db, "en", "int-newest");
    await db.insert(newsArticles).values({
      locale: "ru",
      slug: "int-newest-ru",
      title: "Новейшая",
      status: "published",
      publishedAt: new Date(Date.now() + 3_600_000),
      translationGroup: newest!.translationGroup,
    });
    expect((await getPublishedArticleWithTranslation(db, "en", "int-newest"))?.translationSlug).toBeNull();
    await db.update(newsArticles).set({ publishedAt: new Date(Date.now() - 1_000) }).where(eq(newsArticles.slug, "int-newest-ru"));
    expect((await getPublishedArticleWithTranslation(db, "en", "int-newest"))?.translationSlug).toBe("int-newest-ru");
    await db.delete(newsArticles).where(eq(newsArticles.slug, "int-newest-ru"));
  });

  it("keeps drafts and scheduled articles out of the feed, counts, article, sitemap and RSS", async () => {
    const page1 = await listPublishedNews(db, "en", { limit: 10, offset: 0 });
    expect(page1[0]!.slug).toBe("int-newest");
    const total = await countPublishedNews(db, "en");
    const all = await listPublishedNews(db, "en", { limit: 1000, offset: 0 });
    expect(all).toHaveLength(total);
    for (const slug of hidden) {
      expect(all.some((a) => a.slug === slug)).toBe(false);
      expect(await getPublishedArticle(db, "en", slug)).toBeNull();
      expect(await getPublishedArticleWithTranslation(db, "en", slug)).toBeNull();
    }
    const sitemap = await listPublishedForSitemap(db, everyId);
    const feed = await listFeedArticles(db, "en", 20);
    for (const slug of hidden) {
      expect(sitemap.some((a) => a.slug === slug)).toBe(false);
      expect(feed.some((a) => a.slug === slug)).toBe(false);
    }
    expect(feed).toHaveLength(Math.min(20, total));
  });

  it("pairs each sitemap article with its public translation", async () => {
    const rows = await listPublishedForSitemap(db, everyId);
    const seed = rows.find((r) => r.slug === "no-sense-of-synergetic-effect-of-cooperation-in-russian-economy");
    expect(seed?.translation).toEqual({ locale: "ru", slug: "v-rossiyskoy-ekonomike-net-oshchushcheniya-sinergii" });
    expect(rows.find((r) => r.slug === "int-newest")?.translation).toBeNull();
  });

  it("splits the sitemap by id ranges that together list every public article once", async () => {
    const rows = await listPublishedForSitemap(db, everyId);
    const maxId = await maxPublishedId(db);
    const lowest = (await db.select({ id: newsArticles.id }).from(newsArticles).orderBy(newsArticles.id).limit(1))[0]!.id;
    const cut = lowest + 5;
    const first = await listPublishedForSitemap(db, { afterId: 0, upToId: cut });
    const rest = await listPublishedForSitemap(db, { afterId: cut, upToId: maxId });
    expect(first.length).toBeGreaterThan(0);
    expect([...first, ...rest].map((r) => `${r.locale}/${r.slug}`)).toEqual(rows.map((r) => `${r.locale}/${r.slug}`));
    // Nothing public lies beyond the highest public id.
    expect(await listPublishedForSitemap(db, { afterId: maxId, upToId: everyId.upToId })).toEqual([]);
  });

  it("orders the feed newest first and pages without overlap", async () => {
    const p1 = await listPublishedNews(db, "en", { limit: 10, offset: 0 });
    const p2 = await listPublishedNews(db, "en", { limit: 10, offset: 10 });
    const dates = [...p1, ...p2].map((a) => a.publishedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(new Set([...p1, ...p2].map((a) => a.id)).size).toBe(p1.length + p2.length);
  });

  it("follows an old slug to the article's current one", async () => {
    const [article] = await listPublishedNews(db, "en", { limit: 1, offset: 5 });
    await db.insert(slugRedirects).values({ locale: "en", oldSlug: "int-old-slug", articleId: article!.id });
    expect(await getRedirectedSlug(db, "en", "int-old-slug")).toBe(article!.slug);
    expect(await getRedirectedSlug(db, "ru", "int-old-slug")).toBeNull();
  });
});

describe("query plans", () => {
  it("finds a feed page's ids by an index-only scan of news_articles_feed_idx, in index order", async () => {
    // Tiny test tables make any plan cheap, so forbid sequential scans and look at what is left:
    // with an ORDER BY that does not match the index (e.g. DESC without NULLS LAST) the ids come
    // from a Sort below the Limit instead of straight from the index.
    const { sql, params } = feedPageQuery(db, "en", { limit: 10, offset: 20 }).toSQL();
    const client = await pool.connect();
    try {
      await client.query("VACUUM news_articles"); // index-only scans need the visibility map
      await client.query("BEGIN");
      await client.query("SET LOCAL enable_seqscan = off");
      const plan = (await client.query(`EXPLAIN ${sql}`, params)).rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n");
      await client.query("ROLLBACK");
      expect(plan).toMatch(/Index Only Scan (Backward )?using news_articles_feed_idx/);
      // Only the final ten rows may be sorted (above the join); nothing below the inner Limit.
      const inner = plan.slice(plan.lastIndexOf("Limit"));
      expect(inner).not.toMatch(/\bSort\b/);
    } finally {
      client.release();
    }
  });
});
