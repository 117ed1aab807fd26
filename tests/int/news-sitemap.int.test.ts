// The Google News sitemap's query and file on the real database: the last 48
// hours by the database's clock, public articles only, newest first, capped.
import { randomBytes } from "node:crypto";
import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listRecentlyPublished } from "@/db/queries/news";
import { newsArticles } from "@/db/schema";
import { renderNewsSitemap } from "@/lib/feeds/news-sitemap";
import { closeTestDb, testDb } from "./support/staff-harness";

const run = randomBytes(3).toString("hex");
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
const rows = [
  { slug: `ns-${run}-fresh`, publishedAt: hoursAgo(1), status: "published" as const },
  { slug: `ns-${run}-almost-old`, publishedAt: hoursAgo(47), status: "published" as const },
  { slug: `ns-${run}-old`, publishedAt: hoursAgo(49), status: "published" as const },
  { slug: `ns-${run}-scheduled`, publishedAt: hoursAgo(-1), status: "published" as const },
  { slug: `ns-${run}-draft`, publishedAt: hoursAgo(2), status: "draft" as const },
];
let ids: number[] = [];

beforeAll(async () => {
  const inserted = await testDb()
    .insert(newsArticles)
    .values(rows.map((r) => ({ ...r, locale: "ru" as const, title: `Новость <${r.slug}> & «кавычки»`, body: "Текст." })))
    .returning({ id: newsArticles.id });
  ids = inserted.map((r) => r.id);
});

afterAll(async () => {
  if (ids.length) await testDb().delete(newsArticles).where(inArray(newsArticles.id, ids));
  await closeTestDb();
});

describe("listRecentlyPublished", () => {
  it("lists public articles of the last 48 hours, newest first; never older, scheduled or draft ones", async () => {
    const mine = (await listRecentlyPublished(testDb(), 48, 1000)).filter((a) => a.slug.startsWith(`ns-${run}`));
    expect(mine.map((a) => a.slug)).toEqual([`ns-${run}-fresh`, `ns-${run}-almost-old`]);
  });

  it("stops at the limit", async () => {
    expect(await listRecentlyPublished(testDb(), 48, 1)).toHaveLength(1);
  });
});

describe("renderNewsSitemap", () => {
  it("names the publication and language, dates with an offset, and escapes the title", async () => {
    const xml = renderNewsSitemap((await listRecentlyPublished(testDb(), 48, 1000)).filter((a) => a.slug === `ns-${run}-fresh`));
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expect(xml).toMatch(new RegExp(`<loc>https?://[^<]+/ru/news/ns-${run}-fresh</loc>`));
    expect(xml).toContain("<news:name>Пермский региональный инновационный форум</news:name>");
    expect(xml).toContain("<news:language>ru</news:language>");
    expect(xml).toMatch(/<news:publication_date>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d<\/news:publication_date>/);
    expect(xml).toContain(`<news:title>Новость &lt;ns-${run}-fresh&gt; &amp; «кавычки»</news:title>`);
  });
});
