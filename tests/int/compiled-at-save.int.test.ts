// An article's body is compiled to markup once per saved version and kept in its row
// (news_articles.compiled_body, compiled_with), on the real database: every
// save stores the markup its check compiled (create, update, restore), the
// article page inserts stored markup without compiling, markup from another
// pipeline (or none) falls back to a compile with the same page as the result,
// and the seed stores markup too. compileMdxToHtml, the one compiler, is
// wrapped in a spy that still compiles, so the counts are of real compiles.
// Next's unstable_cache is the small stand-in of public-data-cache.int.test.ts.
import { randomBytes } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { newsArticles, newsRevisions } from "@/db/schema";
import { createArticleAction, restoreRevisionAction, updateArticleAction } from "@/app/admin/(protected)/news/actions";
import { compileMdxToHtml, MDX_COMPILER } from "@/lib/mdx/compiled";
import { articleResponse } from "@/lib/news/article-document";
import { seedDemoContent } from "@/lib/seed/demo-content";
import { asStaff, closeTestDb, interruptOf, testDb } from "./support/staff-harness";

vi.mock("@/lib/auth/config", async () => (await import("./support/staff-harness")).authConfigMock());
vi.mock("@/lib/revalidate", () => ({ expireFromAction: vi.fn(), expireFromRoute: vi.fn(), expireTagsFromAction: vi.fn(), expireTagsFromRoute: vi.fn() }));
vi.mock("@/lib/cache/publication-scheduler", () => ({ reschedulePublications: vi.fn() }));
// The page's surroundings as program-budgets.int.test.ts builds them: next-intl's server
// functions need the React Server Components build, so the same translators from the same
// messages; and a build's stylesheet and fonts (there is no build in a test run).
vi.mock("next-intl/server", async () => (await import("./support/next-stand-ins")).nextIntlServerStandIn());
vi.mock("@/lib/html/document-assets", () => ({ documentAssets: async () => ({ htmlClassName: "", stylesheets: [], fontPreloads: [] }) }));
vi.mock("@/lib/mdx/compiled", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/mdx/compiled")>();
  return { ...real, compileMdxToHtml: vi.fn(real.compileMdxToHtml) };
});

const store = vi.hoisted(() => ({ entries: new Map<string, unknown>() }));
vi.mock("next/cache", async () => (await import("./support/next-stand-ins")).memoryDataCache(store));

const compiles = vi.mocked(compileMdxToHtml);

/** Compiles as the app does, without counting (the spy's own implementation is the real compiler). */
async function realHtml(body: string): Promise<string> {
  const outcome = await compiles.getMockImplementation()!(body);
  if (!outcome.ok) throw new Error(`does not compile: ${body}`);
  return outcome.html;
}

const created: number[] = [];

beforeEach(() => {
  store.entries.clear();
  compiles.mockClear();
});

afterAll(async () => {
  if (created.length) await testDb().delete(newsArticles).where(inArray(newsArticles.id, created));
  await closeTestDb();
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

async function row(id: number) {
  const [r] = await testDb().select().from(newsArticles).where(eq(newsArticles.id, id));
  return r!;
}

async function redirectOf(run: () => Promise<unknown>): Promise<string> {
  try {
    throw new Error(`expected a redirect, got ${JSON.stringify(await run())}`);
  } catch (error) {
    const interrupt = interruptOf(error);
    if (!interrupt?.startsWith("redirect:")) throw error;
    return interrupt.slice("redirect:".length);
  }
}

const articleFields = (tag: string, body: string) => ({
  title: `Compiled ${tag}`,
  slug: `compiled-${tag}`,
  lede: "A lede.",
  body,
  author: "",
  locale: "en",
  translationId: "",
  status: "published",
  publishAt: "",
});

describe("a save stores the body's markup and the compiler that made it", () => {
  it("on create, update and restore, from the one compile of the save's check", async () => {
    await asStaff("editor");
    const tag = randomBytes(4).toString("hex");
    const first = "Version **one**.";
    const location = await redirectOf(() => createArticleAction({}, form(articleFields(tag, first))));
    const id = Number(/^\/admin\/news\/(\d+)\?saved=created$/.exec(location)?.[1]);
    created.push(id);
    expect(compiles).toHaveBeenCalledTimes(1);
    expect(await row(id)).toMatchObject({ body: first, compiledBody: await realHtml(first), compiledWith: MDX_COMPILER });

    compiles.mockClear();
    const second = "Version _two_, with a [link](/en/program).";
    const saved = await updateArticleAction({}, form({ ...articleFields(tag, second), id: String(id), version: "1" }));
    expect(saved.status).toBe("saved");
    expect(compiles).toHaveBeenCalledTimes(1);
    expect(await row(id)).toMatchObject({ version: 2, body: second, compiledBody: await realHtml(second), compiledWith: MDX_COMPILER });

    // A title-only save keeps markup that is still the body's.
    await updateArticleAction({}, form({ ...articleFields(tag, second), title: "Retitled", id: String(id), version: "2" }));
    expect(await row(id)).toMatchObject({ version: 3, title: "Retitled", compiledBody: await realHtml(second) });

    const [v1] = await testDb()
      .select()
      .from(newsRevisions)
      .where(and(eq(newsRevisions.articleId, id), eq(newsRevisions.version, 1)));
    compiles.mockClear();
    store.entries.clear(); // as after a restart: the restore's check compiles, and that markup is stored
    await redirectOf(() => restoreRevisionAction({}, form({ id: String(id), revisionId: String(v1!.id), version: "3" })));
    expect(compiles).toHaveBeenCalledTimes(1);
    expect(await row(id)).toMatchObject({ version: 4, body: first, compiledBody: await realHtml(first), compiledWith: MDX_COMPILER });
  });
});

describe("the article page", () => {
  async function publishedArticle(body: string) {
    const tag = randomBytes(4).toString("hex");
    const [inserted] = await testDb()
      .insert(newsArticles)
      .values({ locale: "en", slug: `page-${tag}`, title: `Page ${tag}`, body, status: "published", publishedAt: new Date(Date.now() - 60_000) })
      .returning();
    created.push(inserted!.id);
    return inserted!;
  }

  async function page(slug: string): Promise<string> {
    const response = await articleResponse("en", slug, null);
    expect(response.status).toBe(200);
    return response.text();
  }

  it("inserts the stored markup and compiles nothing when its compiler is the current one", async () => {
    const article = await publishedArticle("Stored **bold** text.");
    // Markup of another text in the row: the page shows the row's, so it cannot have compiled the body.
    await testDb()
      .update(newsArticles)
      .set({ compiledBody: await realHtml("Code from the **row**."), compiledWith: MDX_COMPILER })
      .where(eq(newsArticles.id, article.id));
    compiles.mockClear();
    const html = await page(article.slug);
    expect(compiles).not.toHaveBeenCalled();
    expect(html).toContain("Code from the <strong>row</strong>.");
  });

  it("with markup from another compiler (or code, as mdx2 kept), or none, compiles the body once and shows the same page", async () => {
    const body = "A **bold** claim, a [link](/en/program) and a list:\n\n- one\n- two";
    const article = await publishedArticle(body);
    await testDb().update(newsArticles).set({ compiledBody: await realHtml(body), compiledWith: MDX_COMPILER }).where(eq(newsArticles.id, article.id));
    compiles.mockClear();
    const current = await page(article.slug);
    expect(compiles).not.toHaveBeenCalled();
    expect(current).toContain("A <strong>bold</strong> claim");

    // An older pipeline's code (here: of another text, so using it would show) is not used.
    await testDb()
      .update(newsArticles)
      .set({ compiledBody: await realHtml("Old pipeline's **code**."), compiledWith: "mdx2 next-mdx-remote@6.0.0 allowlist@3 jsx" })
      .where(eq(newsArticles.id, article.id));
    store.entries.clear();
    compiles.mockClear();
    expect(await page(article.slug)).toBe(current);
    expect(compiles).toHaveBeenCalledTimes(1);
    expect(compiles).toHaveBeenCalledWith(body);

    await testDb().update(newsArticles).set({ compiledBody: null, compiledWith: null }).where(eq(newsArticles.id, article.id));
    store.entries.clear();
    compiles.mockClear();
    expect(await page(article.slug)).toBe(current);
    expect(compiles).toHaveBeenCalledTimes(1);
    // ...once: the next miss finds it in the data cache (getCompiledBody), as before this change.
    const article2 = await page(article.slug);
    expect(article2).toBe(current);
    expect(compiles).toHaveBeenCalledTimes(1);
  });
});

describe("the seed", () => {
  it("stores each article's markup, and a second run compiles nothing", async () => {
    await seedDemoContent(testDb());
    const seeded = await testDb()
      .select({ body: newsArticles.body, compiledBody: newsArticles.compiledBody, compiledWith: newsArticles.compiledWith })
      .from(newsArticles)
      // As the seed left them (another file's test may since have changed one through SQL).
      .innerJoin(newsRevisions, and(eq(newsRevisions.articleId, newsArticles.id), eq(newsRevisions.savedBy, "seed"), eq(newsRevisions.body, newsArticles.body)));
    expect(seeded.length).toBeGreaterThanOrEqual(30);
    for (const article of seeded) {
      expect(article.compiledWith).toBe(MDX_COMPILER);
      expect(article.compiledBody).toBe(await realHtml(article.body));
    }

    compiles.mockClear();
    expect((await seedDemoContent(testDb())).articlesAdded).toBe(0);
    expect(compiles).not.toHaveBeenCalled();
  });
});
