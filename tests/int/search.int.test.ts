// Site search on the real database: what the triggers index, what the Russian
// and English configurations find, what stays hidden, "did you mean", and
// hostile queries that must answer normally.
import { randomBytes } from "node:crypto";
import { eq, inArray, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchDocuments, suggestQuery, SNIPPET_END, SNIPPET_START } from "@/db/queries/search";
import { editions, newsArticles, partnerRoles, partners, searchDocuments as documents } from "@/db/schema";
import { seedDemoContent } from "@/lib/seed/demo-content";
import { seedPeople } from "@/lib/seed/program-2012-people";
import { syncPageDocuments } from "@/lib/search/page-documents";
import { closeTestDb, testDb } from "./support/staff-harness";

const run = randomBytes(3).toString("hex");
const ids: number[] = [];
const partnerIds: number[] = [];
const hour = 3_600_000;

async function article(locale: "en" | "ru", title: string, body: string, extra: Partial<typeof newsArticles.$inferInsert> = {}) {
  const [row] = await testDb()
    .insert(newsArticles)
    .values({ locale, slug: `s-${run}-${ids.length}`, title, lede: "", body, status: "published", publishedAt: new Date(Date.now() - hour), ...extra })
    .returning({ id: newsArticles.id });
  ids.push(row!.id);
  return row!.id;
}

const find = async (locale: "en" | "ru", query: string) => (await searchDocuments(testDb(), locale, query, { limit: 50, offset: 0 }));
const newsTitles = async (locale: "en" | "ru", query: string) => (await find(locale, query)).news.map((h) => h.title).filter((t) => t.includes(run));

beforeAll(async () => {
  await article("ru", `Форум открылся ${run}`, "Пленарное заседание о конкуренции регионов.");
  await article("ru", `Инвестиции в регионы ${run}`, "Инвесторы обсудили налоговые льготы.");
  await article("ru", `Новогодняя ёлка ${run}`, "Ёлка стояла в фойе.");
  await article("ru", `Кластеры ${run}`, "Участники обсудили, как clusters работают в Европе.");
  await article("ru", `Столица ${run}`, "Делегация приехала из Москва-Сити, Москва.");
  await article("ru", `Черновик форум ${run}`, "Не для всех.", { status: "draft" });
  await article("ru", `Запланировано форум ${run}`, "Позже.", { publishedAt: new Date(Date.now() + hour) });
  await article("en", `Forums and clusters ${run}`, "An <b>evening</b> with <script>alert(1)</script> speakers from Perm.");
});

afterAll(async () => {
  if (ids.length) await testDb().delete(newsArticles).where(inArray(newsArticles.id, ids));
  if (partnerIds.length) await testDb().delete(partners).where(inArray(partners.id, partnerIds));
  await testDb().delete(partnerRoles).where(eq(partnerRoles.key, `search-${run}`));
  await closeTestDb();
});

describe("Russian and English matching", () => {
  it("finds a word by another form of it: «Форумы» → «форум», «инвестиций» → «инвестиции»", async () => {
    expect(await newsTitles("ru", "Форумы")).toEqual([`Форум открылся ${run}`]);
    expect(await newsTitles("ru", "инвестиций")).toEqual([`Инвестиции в регионы ${run}`]);
  });

  it("reads ё and е as one letter, both ways", async () => {
    expect(await newsTitles("ru", "елка")).toEqual([`Новогодняя ёлка ${run}`]);
    expect(await newsTitles("ru", "ёлки")).toEqual([`Новогодняя ёлка ${run}`]);
  });

  it("finds an English word in Russian text, and English forms in English", async () => {
    expect(await newsTitles("ru", "cluster")).toEqual([`Кластеры ${run}`]);
    expect(await newsTitles("en", "forum")).toEqual([`Forums and clusters ${run}`]);
  });

  it("marks the matched words in the snippet, and keeps the text's characters as text", async () => {
    const [hit] = (await find("en", `speakers ${run}`)).news;
    expect(hit!.snippet).toContain(`${SNIPPET_START}speakers${SNIPPET_END}`);
    expect(hit!.snippet).not.toContain("<script>"); // markup is not searched text
  });
});

describe("what is hidden", () => {
  it("never finds a draft or an article before its publication time", async () => {
    const titles = await newsTitles("ru", "форум");
    expect(titles).toEqual([`Форум открылся ${run}`]);
  });

  it("drops an article that is unpublished or deleted, in the same transaction as the change", async () => {
    const id = await article("en", `Vanishing summit ${run}`, "Soon gone.");
    expect(await newsTitles("en", "vanishing")).toHaveLength(1);
    await testDb().update(newsArticles).set({ status: "draft" }).where(eq(newsArticles.id, id));
    expect(await newsTitles("en", "vanishing")).toHaveLength(0);
    await testDb().update(newsArticles).set({ status: "published" }).where(eq(newsArticles.id, id));
    expect(await newsTitles("en", "vanishing")).toHaveLength(1);
    await testDb().delete(newsArticles).where(eq(newsArticles.id, id));
    expect(await testDb().select().from(documents).where(eq(documents.ref, String(id)))).toHaveLength(0);
  });
});

describe("partners and event pages", () => {
  it("finds a visible partner in both languages, and not once hidden", async () => {
    const [role] = await testDb()
      .insert(partnerRoles)
      .values({ key: `search-${run}`, labelEn: "Search test", labelRu: "Проверка поиска", kind: "partner", position: 99 })
      .returning({ id: partnerRoles.id });
    const [row] = await testDb()
      .insert(partners)
      .values({ nameEn: `Zephyr Bank ${run}`, nameRu: `Зефир Банк ${run}`, roleId: role!.id, position: 999 })
      .returning({ id: partners.id });
    partnerIds.push(row!.id);
    expect((await find("en", "zephyr")).others.map((h) => h.path)).toContain("/en/partners");
    expect((await find("ru", "зефир")).others.map((h) => h.title)).toContain(`Зефир Банк ${run}`);
    await testDb().update(partners).set({ visible: false }).where(eq(partners.id, row!.id));
    expect((await find("en", "zephyr")).others.filter((h) => h.title.includes(run))).toHaveLength(0);
  });

  it("indexes the event pages from their files", async () => {
    expect(await syncPageDocuments(testDb())).toBeGreaterThan(4);
    const hits = (await find("en", "exhibition centre")).others;
    expect(hits.map((h) => h.path)).toContain("/en/venue");
    expect(await testDb().select().from(documents).where(like(documents.body, "%---%"))).toHaveLength(0);
  });
});

describe("did you mean", () => {
  it("suggests «Москва» for «Мосва», keeping the capital", async () => {
    expect(await suggestQuery(testDb(), "Мосва")).toBe("Москва");
  });

  it("suggests nothing when every word is known", async () => {
    expect(await suggestQuery(testDb(), "форум")).toBeNull();
  });
});

describe("hostile queries", () => {
  it("answer normally: unbalanced quotes, lone operators, control characters, markup, huge", async () => {
    for (const query of ['"форум', "- | & ! ( ) :*", "a\u0000b\u0007c", "<script>alert(1)</script>", "'; DROP TABLE news_articles; --", "форум ".repeat(40), "🙂", "\\"]) {
      const result = await find("ru", query);
      expect(Array.isArray(result.news), query).toBe(true);
      await suggestQuery(testDb(), query);
    }
  });

  it("pages through news without repeating a hit", async () => {
    const first = await searchDocuments(testDb(), "ru", "обсудили", { limit: 1, offset: 0 });
    const second = await searchDocuments(testDb(), "ru", "обсудили", { limit: 1, offset: 1 });
    expect(first.newsTotal).toBeGreaterThanOrEqual(2);
    expect(second.news).toHaveLength(1);
    expect(second.news[0]!.path).not.toBe(first.news[0]!.path);
    expect(second.others).toEqual([]);
  });
});

describe("the programme", () => {
  beforeAll(async () => {
    await seedDemoContent(testDb()); // idempotent: the demo programme, if an earlier file has not seeded it
  });

  const programmeDocuments = async () =>
    (await testDb().select({ kind: documents.kind, title: documents.title, path: documents.path }).from(documents)).filter((d) => d.kind === "session" || d.kind === "person");

  it("finds sessions and consenting speakers of the published programme at their addresses", async () => {
    const docs = await programmeDocuments();
    expect(docs.some((d) => d.kind === "session" && /^\/ru\/program\/[A-Z2-9]{6}-[a-z0-9-]+$/.test(d.path))).toBe(true);
    expect(docs.some((d) => d.kind === "person" && /^\/en\/speakers\/[a-z0-9-]+$/.test(d.path))).toBe(true);
    const consenting = seedPeople.find((p) => p.consent !== false)!;
    const hits = (await find("ru", consenting.ru.last)).others.filter((h) => h.kind === "person");
    expect(hits.map((h) => h.path)).toContain(`/ru/speakers/${consenting.slug}`);
  });

  it("never finds a person without a consent date", async () => {
    const hidden = seedPeople.filter((p) => p.consent === false);
    expect(hidden.length).toBeGreaterThan(0);
    const paths = (await programmeDocuments()).map((d) => d.path);
    for (const person of hidden) expect(paths.filter((p) => p.endsWith(`/speakers/${person.slug}`))).toEqual([]);
  });

  it("finds nothing of a hidden programme, and all of it again once published, in the same transaction as the change", async () => {
    const before = (await programmeDocuments()).length;
    expect(before).toBeGreaterThan(20);
    await testDb().update(editions).set({ programState: "hidden" }).where(eq(editions.isCurrent, true));
    try {
      expect(await programmeDocuments()).toEqual([]);
    } finally {
      await testDb().update(editions).set({ programState: "published" }).where(eq(editions.isCurrent, true));
    }
    expect((await programmeDocuments()).length).toBe(before);
  });
});

