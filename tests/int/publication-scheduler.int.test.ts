// The publication scheduler against the real database: a scheduled article is
// expired at its time (not before, and within a second after), with its
// translation, lists and sitemap; a save's reschedule is seen at once; the
// one-minute cap picks up what another instance scheduled; a failed expiry is
// retried. The cache store is replaced by a recorder (expireTagsOutsideRequest
// belongs to the shared cache and is tested with it).
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { and, eq, gt, inArray, lte, sql } from "drizzle-orm";
import { databaseNow, getPublishedArticle, listNewlyPublic, nextScheduledPublication } from "@/db/queries/news";
import { newsArticles } from "@/db/schema";
import { createPublicationScheduler, publicationExpiry, type PublicationScheduler, type SchedulerDeps } from "@/lib/cache/publication-scheduler";
import { locales } from "@/lib/site-config";
import { closeTestDb, testDb } from "./support/staff-harness";

const created: number[] = [];
const schedulers: PublicationScheduler[] = [];

afterAll(async () => {
  schedulers.forEach((s) => s.stop());
  if (created.length > 0) await testDb().delete(newsArticles).where(inArray(newsArticles.id, created));
  await closeTestDb();
});

type Expiry = { tags: string[]; at: Date; visible: boolean };

/** A scheduler on the test database whose expiries are recorded with the database time they ran at. */
function start(options: { maxWaitMs: number; failFirst?: boolean; watchSlug?: { locale: "en" | "ru"; slug: string } }) {
  const expiries: Expiry[] = [];
  const refreshed: string[][] = [];
  let fail = options.failFirst ?? false;
  const deps: SchedulerDeps = {
    now: () => databaseNow(testDb()),
    newlyPublic: (after, upTo) => listNewlyPublic(testDb(), after, upTo, locales),
    next: (after) => nextScheduledPublication(testDb(), after, locales),
    expire: async (tags) => {
      if (fail) {
        fail = false;
        throw new Error("cache store down");
      }
      const at = await databaseNow(testDb());
      // What a render right after this expiry would read: is the article public yet?
      const visible = options.watchSlug ? (await getPublishedArticle(testDb(), options.watchSlug.locale, options.watchSlug.slug)) !== null : false;
      expiries.push({ tags, at, visible });
    },
    refresh: async (paths) => void refreshed.push(paths),
    maxWaitMs: options.maxWaitMs,
    retryMs: 200,
  };
  // No look-back: articles other test files left public must not count.
  const scheduler = createPublicationScheduler(deps, 0);
  schedulers.push(scheduler);
  return { scheduler, expiries, refreshed };
}

async function insert(values: Partial<typeof newsArticles.$inferInsert> & { locale: "en" | "ru" }) {
  const tag = randomBytes(4).toString("hex");
  const [row] = await testDb()
    .insert(newsArticles)
    .values({ slug: `sched-${tag}`, title: `Scheduled ${tag}`, lede: "", body: "Body.", status: "published", ...values })
    .returning();
  created.push(row!.id);
  return row!;
}

/** The database's clock plus `ms`. */
async function dbIn(ms: number): Promise<Date> {
  return new Date((await databaseNow(testDb())).getTime() + ms);
}

async function waitFor(check: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("publication scheduler", () => {
  it("expires a scheduled article at its time, with its translation, its locale's lists and the sitemap", async () => {
    const ru = await insert({ locale: "ru", publishedAt: await dbIn(-60_000) });
    const publishAt = await dbIn(1_500);
    const en = await insert({ locale: "en", publishedAt: publishAt, translationGroup: ru.translationGroup });
    const { expiries, refreshed } = start({ maxWaitMs: 60_000, watchSlug: { locale: "en", slug: en.slug } });

    await waitFor(() => expiries.length > 0, 5_000);
    const [first] = expiries;
    expect(first!.at.getTime()).toBeGreaterThanOrEqual(publishAt.getTime());
    expect(first!.at.getTime() - publishAt.getTime()).toBeLessThan(1_000);
    expect(first!.visible).toBe(true); // a render after the expiry shows it
    expect([...first!.tags].sort()).toEqual(
      ["news-list:en", `news-slug:en:${en.slug}`, `news-slug:ru:${ru.slug}`, "sitemap-ids", "sitemap:news-1.xml"].sort(),
    );
    await waitFor(() => refreshed.length > 0, 1_000);
    expect([...refreshed[0]!].sort()).toEqual(["/en", "/en/feed.xml", "/en/news", `/en/news/${en.slug}`, `/ru/news/${ru.slug}`, "/sitemap.xml"].sort());

    // Once: the next wake-up does not expire it again.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(expiries).toHaveLength(1);
  });

  it("ignores drafts, and articles a save published at once (that save expired them already)", async () => {
    const draft = await insert({ locale: "en", status: "draft", publishedAt: await dbIn(700) });
    // Saved with a publish time already passed: updated_at (now) is after published_at.
    const published = await insert({ locale: "en", publishedAt: await dbIn(-10) });
    const scheduled = await insert({ locale: "en", publishedAt: await dbIn(700) });
    const { expiries } = start({ maxWaitMs: 60_000 });
    await waitFor(() => expiries.length > 0, 5_000);
    await new Promise((resolve) => setTimeout(resolve, 800));
    const tags = expiries.flatMap((e) => e.tags);
    expect(tags).toContain(`news-slug:en:${scheduled.slug}`);
    expect(tags).not.toContain(`news-slug:en:${draft.slug}`);
    expect(tags).not.toContain(`news-slug:en:${published.slug}`);
  });

  it("sees a time scheduled after it went to sleep: at once on reschedule(), within the cap without", async () => {
    const sleeper = start({ maxWaitMs: 60_000 });
    const capped = start({ maxWaitMs: 400 });
    await sleeper.scheduler.idle();
    await capped.scheduler.idle();
    await new Promise((resolve) => setTimeout(resolve, 100)); // both asleep, with nothing scheduled of theirs

    const article = await insert({ locale: "en", publishedAt: await dbIn(900) });
    sleeper.scheduler.reschedule();
    const mine = (e: Expiry) => e.tags.includes(`news-slug:en:${article.slug}`);
    await waitFor(() => sleeper.expiries.some(mine) && capped.expiries.some(mine), 3_000);
  });

  it("retries a failed expiry for the same window, so a cache outage loses no publication", async () => {
    const article = await insert({ locale: "en", publishedAt: await dbIn(300) });
    const { expiries } = start({ maxWaitMs: 60_000, failFirst: true });
    const mine = (e: Expiry) => e.tags.includes(`news-slug:en:${article.slug}`);
    await waitFor(() => expiries.some(mine), 3_000);
  });
});

describe("publicationExpiry", () => {
  it("names one article's lists, pages and sitemap file, and its translations' pages and files", () => {
    expect(publicationExpiry([{ id: 40_001, locale: "ru", slug: "a", translations: [{ id: 3, locale: "en", slug: "b" }] }])).toEqual({
      tags: ["sitemap-ids", "news-list:ru", "news-slug:ru:a", "sitemap:news-2.xml", "news-slug:en:b", "sitemap:news-1.xml"],
      paths: ["/sitemap.xml", "/ru", "/ru/news", "/ru/feed.xml", "/ru/news/a", "/en/news/b"],
    });
  });
});

// The scheduler's two queries run on every wake-up and must stay cheap at any table size. The
// test table is small (the planner would rightly scan it), so sequential scans are switched off
// to ask whether the index can serve each query at all: with a leading-column mismatch it could not.
describe("scheduler queries", () => {
  async function plan(query: { toSQL: () => { sql: string; params: unknown[] } }): Promise<string> {
    const { sql: text, params } = query.toSQL();
    return testDb().transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      const client = (tx as unknown as { session: { client: { query: (q: string, p: unknown[]) => Promise<{ rows: unknown[] }> } } }).session.client;
      const result = await client.query(`EXPLAIN ${text}`, params);
      return JSON.stringify(result.rows);
    });
  }

  it("the next publish time and the newly public window are index scans of news_articles_feed_idx", async () => {
    const now = new Date();
    const next = testDb()
      .select({ at: newsArticles.publishedAt })
      .from(newsArticles)
      .where(and(eq(newsArticles.locale, "en"), eq(newsArticles.status, "published"), gt(newsArticles.publishedAt, now)))
      .orderBy(sql`${newsArticles.publishedAt} asc`)
      .limit(1);
    const window = testDb()
      .select({ id: newsArticles.id })
      .from(newsArticles)
      .where(
        and(
          inArray(newsArticles.locale, ["en", "ru"]),
          eq(newsArticles.status, "published"),
          gt(newsArticles.publishedAt, new Date(now.getTime() - 60_000)),
          lte(newsArticles.publishedAt, now),
        ),
      );
    for (const query of [next, window]) {
      const text = await plan(query);
      expect(text).toContain("news_articles_feed_idx");
      expect(text).not.toContain("Seq Scan");
    }
  });
});
