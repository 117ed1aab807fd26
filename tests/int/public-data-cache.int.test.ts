// How the public getters use the data cache (lib/data/news.ts), on the real
// database: what gets stored, under which tags, and that lookups that find
// nothing store nothing. Next's unstable_cache needs a running server's cache,
// so here it is a small stand-in with its documented behaviour: an entry per
// key parts + arguments, storing what the function returns and nothing when it
// throws, and adding its tags to the page being rendered.
// First: what `next start` sets up before anything loads (AsyncLocalStorage on globalThis, for Next's work-unit store).
import "next/dist/server/node-environment-baseline";
import { randomBytes } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { inArray } from "drizzle-orm";
import { newsArticles, slugRedirects } from "@/db/schema";
import { checkAndKeepCompiledBody, getArticle, getCompiledBody, getLatestNews, getNewsPage } from "@/lib/data/news";
import { checkMdx } from "@/lib/mdx/compile";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";
import { MDX_COMPILER } from "@/lib/mdx/compiled";
import { closeTestDb, testDb } from "./support/staff-harness";

type Entry = { value: unknown; tags: string[] };
const store = vi.hoisted(() => ({ entries: new Map<string, Entry>(), runs: 0 }));

vi.mock("next/cache", () => ({
  unstable_cache:
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>, keyParts: string[] = [], options: { tags?: string[] } = {}) =>
    async (...args: A): Promise<R> => {
      const tags = options.tags ?? [];
      const key = JSON.stringify([fn.toString(), keyParts, args]);
      const hit = store.entries.get(key);
      if (hit) return structuredClone(hit.value) as R;
      store.runs++;
      const value = await fn(...args); // a throw propagates and stores nothing
      store.entries.set(key, { value: JSON.parse(JSON.stringify(value)), tags });
      return value;
    },
}));

const created: number[] = [];
afterAll(async () => {
  if (created.length) await testDb().delete(newsArticles).where(inArray(newsArticles.id, created));
  await closeTestDb();
});

beforeEach(() => {
  store.entries.clear();
  store.runs = 0;
});

const tag = () => randomBytes(4).toString("hex");
const tagsStored = () => [...store.entries.values()].flatMap((e) => e.tags).sort();

async function publicArticle(locale: "en" | "ru", extra: Partial<typeof newsArticles.$inferInsert> = {}) {
  const t = tag();
  const [row] = await testDb()
    .insert(newsArticles)
    .values({ locale, slug: `cache-${t}`, title: `Cache ${t}`, lede: "", body: "Some **bold** text.", status: "published", publishedAt: new Date(Date.now() - 60_000), ...extra })
    .returning();
  created.push(row!.id);
  return row!;
}

/**
 * Runs `lookup` as a cached route handler's render runs (Next's own work-unit store,
 * of the kind app-route makes for an entry it will store) and returns the tags the
 * entry would be stored with.
 */
async function inStoredRender<T>(lookup: () => Promise<T>): Promise<{ result: T; entryTags: string[] }> {
  const unit = { type: "prerender-legacy", phase: "action", rootParams: {}, implicitTags: { tags: [] }, revalidate: false, tags: [] as string[] };
  const result = await workUnitAsyncStorage.run(unit as unknown as Parameters<typeof workUnitAsyncStorage.run>[0], lookup);
  return { result, entryTags: unit.tags };
}

describe("article lookups", () => {
  it("tag the page's entry with the article's slug, find its translation's slug, and store no data entry of their own", async () => {
    const ru = await publicArticle("ru");
    const en = await publicArticle("en", { translationGroup: ru.translationGroup });
    const { result: found, entryTags } = await inStoredRender(() => getArticle("en", en.slug));
    expect(found.article?.id).toBe(en.id);
    expect(found.article && "translationSlug" in found ? found.translationSlug : null).toBe(ru.slug);
    expect(entryTags).toEqual([`news-slug:en:${en.slug}`]);
    expect(store.entries.size).toBe(0);

    // Outside a stored render (a script, an uncached request) it answers the same and tags nothing.
    expect((await getArticle("en", en.slug)).article?.id).toBe(en.id);
    expect(store.entries.size).toBe(0);
  });

  it("tag the page for a slug that finds nothing too (a later publish expires it), storing nothing", async () => {
    const unknown = `nobody-${tag()}`;
    const { result, entryTags } = await inStoredRender(() => getArticle("en", unknown));
    expect(result).toEqual({ article: null, redirectTo: null });
    expect(entryTags).toEqual([`news-slug:en:${unknown}`]);

    // Not public yet (scheduled) is "finds nothing" too.
    const scheduled = await publicArticle("en", { publishedAt: new Date(Date.now() + 3_600_000) });
    expect((await getArticle("en", scheduled.slug)).article).toBeNull();
    expect(store.entries.size).toBe(0);
  });

  it("still find where an old slug lives, without storing the answer", async () => {
    const article = await publicArticle("en");
    const old = `old-${tag()}`;
    await testDb().insert(slugRedirects).values({ locale: "en", oldSlug: old, articleId: article.id });
    expect(await getArticle("en", old)).toEqual({ article: null, redirectTo: article.slug });
    expect(store.entries.size).toBe(0);
  });
});

describe("feed pages", () => {
  it("store a page that exists under the locale's list tag; a page past the end stores nothing but the shared count", async () => {
    await publicArticle("en");
    const first = await getNewsPage("en", 1, 10);
    expect(first.items.length).toBeGreaterThan(0);
    const entriesAfterFirst = store.entries.size; // the count and page 1
    expect(entriesAfterFirst).toBe(2);

    const past = await getNewsPage("en", first.totalPages + 1, 10);
    expect(past).toMatchObject({ items: [], total: first.total, totalPages: first.totalPages });
    await getNewsPage("en", 99_999, 10);
    expect(store.entries.size).toBe(entriesAfterFirst);
    expect(new Set(tagsStored())).toEqual(new Set(["news-list:en"]));

    await getLatestNews("ru", 3);
    expect(tagsStored().filter((t) => t === "news-list:ru")).toHaveLength(1);
  });
});

describe("compiled MDX", () => {
  it("is compiled once per distinct body, whatever else a save changed, and again for a new body", async () => {
    const article = await publicArticle("en");
    const first = await getCompiledBody(article);
    expect(first.ok && first.html).toContain("<strong>bold</strong>");
    const runs = store.runs;
    await getCompiledBody(article);
    const titleOnlySave = { ...article, version: article.version + 1, title: "Only the title changed" };
    await getCompiledBody(titleOnlySave);
    expect(store.runs).toBe(runs);
    const bodySave = { ...article, version: article.version + 2, body: "Now *italic*." };
    const next = await getCompiledBody(bodySave);
    expect(store.runs).toBe(runs + 1);
    expect(next.ok && next.html).toContain("<em>italic</em>");
    // No tags: nothing but a new body makes a compiled body stale.
    expect(tagsStored()).toEqual([]);
  });

  it("is left by the save-time check, so the next render of the saved body compiles nothing", async () => {
    const body = "Saved **once**, compiled once.";
    const checked = await checkAndKeepCompiledBody(body);
    expect(checked.problems).toEqual([]);
    const runs = store.runs;
    const rendered = await getCompiledBody({ body });
    expect(store.runs).toBe(runs);
    expect(rendered.ok && rendered.html).toContain("<strong>once</strong>");
    // The markup the save stores with the body is that same compile's.
    expect(checked.compiled).toEqual({ html: rendered.ok && rendered.html, compiledWith: MDX_COMPILER });
  });

  it("reports the problems the check reports, with their lines and columns, and gives no markup to store", async () => {
    const body = "Fine line.\n\n<script>alert(1)</script>\n\n<iframe src=\"https://example.com\" />";
    const { problems, compiled } = await checkAndKeepCompiledBody(body);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toEqual(await checkMdx(body));
    expect(compiled).toBeNull();
  });
});

