// The news admin's server actions and pages against the real database:
// refusal when signed out (with the database unchanged), saves, revisions,
// redirects, optimistic locking, hostile bodies and a database that fails.
import { randomBytes } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createDb } from "@/db/client";
import { getDb } from "@/db";
import { getPublishedArticle, getRedirectedSlug } from "@/db/queries/news";
import { auditLog, newsArticles, newsRevisions, slugRedirects } from "@/db/schema";
import { expireFromAction } from "@/lib/revalidate";
import { reschedulePublications } from "@/lib/cache/publication-scheduler";
import { utcToWallTime } from "@/lib/news/moscow-time";
import { mdxProblemCodes } from "@/lib/mdx/problems";
import {
  createArticleAction,
  deleteArticleAction,
  previewArticleAction,
  restoreRevisionAction,
  updateArticleAction,
  type ArticleFormState,
} from "@/app/admin/(protected)/news/actions";
import AdminNewsPage from "@/app/admin/(protected)/news/page";
import NewArticlePage from "@/app/admin/(protected)/news/new/page";
import EditArticlePage from "@/app/admin/(protected)/news/[id]/page";
import ArticlePreviewPage from "@/app/admin/(protected)/news/[id]/preview/page";
import RevisionsPage from "@/app/admin/(protected)/news/[id]/revisions/page";
import RevisionPage from "@/app/admin/(protected)/news/[id]/revisions/[revisionId]/page";
import DeleteArticlePage from "@/app/admin/(protected)/news/[id]/delete/page";
import { asAnonymous, asStaff, closeTestDb, interruptOf, refusal, testDb } from "./support/staff-harness";

vi.mock("@/lib/auth/config", async () => (await import("./support/staff-harness")).authConfigMock());
// Cache expiry needs Next's request store; here we record which tags an action expires and
// which paths it refreshes at the edge.
vi.mock("@/lib/revalidate", () => ({ expireFromAction: vi.fn(), expireFromRoute: vi.fn(), expireTagsFromAction: vi.fn(), expireTagsFromRoute: vi.fn() }));
// The scheduler's own tests are tests/int/publication-scheduler.int.test.ts; here: that a save asks it to look again.
vi.mock("@/lib/cache/publication-scheduler", () => ({ reschedulePublications: vi.fn() }));
// The app's getDb, switchable to a server that refuses connections for the "database down" tests.
vi.mock("@/db", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/db")>();
  return { getDb: vi.fn(real.getDb) };
});

const dead = createDb("postgres://postgres@127.0.0.1:1/nowhere", { max: 1 });

afterAll(async () => {
  await dead.pool.end();
  await closeTestDb();
});

beforeEach(() => {
  vi.mocked(expireFromAction).mockClear();
  vi.mocked(reschedulePublications).mockClear();
});

/** The tags and edge paths of the last expiry, sorted. */
function lastExpiry(): { tags: string[]; paths: string[] } {
  const call = vi.mocked(expireFromAction).mock.lastCall;
  if (!call) throw new Error("nothing was expired");
  return { tags: [...call[0].tags].sort(), paths: [...call[0].paths].sort() };
}

const unique = () => randomBytes(4).toString("hex");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

function articleForm(overrides: Record<string, string> = {}): FormData {
  const tag = unique();
  return form({
    title: `Int article ${tag}`,
    slug: `int-article-${tag}`,
    lede: "A lede.",
    body: "Some **bold** text.\n\nA second paragraph.",
    author: "",
    locale: "en",
    translationId: "",
    status: "draft",
    publishAt: "",
    ...overrides,
  });
}

/** What a redirect() inside the action pointed at. */
async function redirectOf(run: () => Promise<unknown>): Promise<string> {
  try {
    const result = await run();
    throw new Error(`expected a redirect, got ${JSON.stringify(result)}`);
  } catch (error) {
    const interrupt = interruptOf(error);
    if (!interrupt?.startsWith("redirect:")) throw error;
    return interrupt.slice("redirect:".length);
  }
}

async function create(overrides: Record<string, string> = {}): Promise<{ id: number; slug: string; title: string }> {
  const data = articleForm(overrides);
  const location = await redirectOf(() => createArticleAction({}, data));
  const id = Number(/^\/admin\/news\/(\d+)\?saved=created$/.exec(location)?.[1]);
  expect(id).toBeGreaterThan(0);
  const [row] = await testDb().select().from(newsArticles).where(eq(newsArticles.id, id));
  return { id, slug: row!.slug, title: row!.title };
}

async function row(id: number) {
  const [r] = await testDb().select().from(newsArticles).where(eq(newsArticles.id, id));
  return r;
}

function editForm(article: { id: number; version: number } & Record<string, unknown>, overrides: Record<string, string> = {}): FormData {
  const a = article as unknown as typeof newsArticles.$inferSelect;
  return form({
    id: String(a.id),
    version: String(a.version),
    title: a.title,
    slug: a.slug,
    lede: a.lede,
    body: a.body,
    author: a.author,
    locale: a.locale,
    translationId: "",
    status: a.status,
    publishAt: a.publishedAt ? utcToWallTime(a.publishedAt) : "",
    ...overrides,
  });
}

/** A fingerprint of every table the news admin writes. */
async function snapshot(): Promise<string> {
  const db = testDb();
  const result = await db.execute(sql`
    SELECT
      (SELECT coalesce(md5(string_agg(a::text, '|' ORDER BY a.id)), '') FROM news_articles a) AS articles,
      (SELECT coalesce(md5(string_agg(r::text, '|' ORDER BY r.id)), '') FROM news_revisions r) AS revisions,
      (SELECT coalesce(md5(string_agg(s::text, '|' ORDER BY s.id)), '') FROM slug_redirects s) AS redirects,
      (SELECT count(*) FROM audit_log) AS audit`);
  return JSON.stringify(result.rows[0]);
}

describe("signed out", () => {
  it("every action and page is refused and the database is unchanged", async () => {
    await asStaff("editor");
    const article = await create({ status: "published" });
    const [revision] = await testDb().select().from(newsRevisions).where(eq(newsRevisions.articleId, article.id));
    const before = await snapshot();
    vi.mocked(expireFromAction).mockClear();
    asAnonymous();

    const id = String(article.id);
    const attempts: Array<[string, () => Promise<unknown>]> = [
      ["createArticleAction", () => createArticleAction({}, articleForm({ status: "published" }))],
      ["updateArticleAction", () => updateArticleAction({}, form({ id, version: "1", title: "Hijacked", slug: "hijacked", locale: "en", status: "published", body: "x" }))],
      ["previewArticleAction", () => previewArticleAction({ body: "**x**" })],
      ["restoreRevisionAction", () => restoreRevisionAction({}, form({ id, revisionId: String(revision!.id), version: "1" }))],
      ["deleteArticleAction", () => deleteArticleAction({}, form({ id, version: "1", confirm: "yes" }))],
      ["news list page", () => AdminNewsPage({ searchParams: Promise.resolve({}) })],
      ["new article page", () => NewArticlePage({ searchParams: Promise.resolve({}) })],
      ["edit page", () => EditArticlePage({ params: Promise.resolve({ id }), searchParams: Promise.resolve({}) })],
      ["full-page preview", () => ArticlePreviewPage({ params: Promise.resolve({ id }) })],
      ["revisions page", () => RevisionsPage({ params: Promise.resolve({ id }) })],
      ["revision page", () => RevisionPage({ params: Promise.resolve({ id, revisionId: String(revision!.id) }) })],
      ["delete page", () => DeleteArticlePage({ params: Promise.resolve({ id }) })],
    ];
    for (const [name, attempt] of attempts) {
      expect(await refusal(attempt), name).toBe("redirect:/admin/login");
    }
    expect(await snapshot()).toBe(before);
    expect(expireFromAction).not.toHaveBeenCalled();
  });

  it("a disabled editor's session is refused too", async () => {
    const editor = await asStaff("editor");
    const before = await snapshot();
    await testDb().execute(sql`UPDATE staff_users SET disabled_at = now() WHERE id = ${editor.userId}`);
    expect(await refusal(() => createArticleAction({}, articleForm()))).toBe("redirect:/admin/login");
    expect(await snapshot()).toBe(before);
  });
});

describe("creating", () => {
  it("saves the article with revision 1 and an audit entry, and expires exactly its page, its locale's lists and the sitemap", async () => {
    const editor = await asStaff("editor");
    const article = await create({ status: "published", publishAt: "" });
    const saved = await row(article.id);
    expect(saved).toMatchObject({ status: "published", version: 1, locale: "en" });
    expect(saved!.publishedAt!.getTime()).toBeLessThanOrEqual(Date.now());
    const revisions = await testDb().select().from(newsRevisions).where(eq(newsRevisions.articleId, article.id));
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ version: 1, title: article.title, savedBy: `Int editor (${editor.email})` });
    const audit = await testDb().select().from(auditLog).where(and(eq(auditLog.entity, "news_article"), eq(auditLog.entityId, String(article.id))));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "publish", actorEmail: editor.email });
    // A fresh test database: ids are far below 40,000, so the article is in the first sitemap file.
    expect(lastExpiry()).toEqual({
      tags: [`news-list:en`, `news-slug:en:${article.slug}`, "sitemap-ids", "sitemap:news-1.xml"].sort(),
      paths: ["/en", "/en/feed.xml", "/en/news", `/en/news/${article.slug}`, "/sitemap.xml"].sort(),
    });
    expect(reschedulePublications).toHaveBeenCalledTimes(1);
    expect(await getPublishedArticle(testDb(), "en", article.slug)).toMatchObject({ id: article.id });
  });

  it("makes the slug from a Cyrillic title, and refuses a taken or reserved slug with a suggestion, keeping the text", async () => {
    await asStaff("editor");
    const tag = unique();
    const ru = await create({ locale: "ru", title: `Привет, мир ${tag}`, slug: "" });
    expect(ru.slug).toBe(`privet-mir-${tag}`);

    const data = articleForm({ locale: "ru", title: "Другой заголовок", slug: ru.slug, body: "Текст, который нельзя потерять." });
    const before = await snapshot();
    const state = (await createArticleAction({}, data)) as ArticleFormState;
    expect(state.errors?.slug?.[0]).toContain(`Another Russian article already uses "${ru.slug}". Try "${ru.slug}-2"`);
    expect(state.values).toMatchObject({ title: "Другой заголовок", body: "Текст, который нельзя потерять.", slug: ru.slug });
    expect(await snapshot()).toBe(before);

    // The same slug in the other locale is fine.
    const en = await create({ locale: "en", slug: ru.slug });
    expect(en.slug).toBe(ru.slug);

    const reserved = (await createArticleAction({}, articleForm({ slug: "page" }))) as ArticleFormState;
    expect(reserved.errors?.slug?.[0]).toMatch(/news feed/);
    const typed = await create({ slug: `  My Typed Slug ${tag} ` });
    expect(typed.slug).toBe(`my-typed-slug-${tag}`);
  });

  it("refuses bad fields with a message per field and returns every character typed", async () => {
    await asStaff("editor");
    const before = await snapshot();
    const data = articleForm({ title: "   ", locale: "fr", status: "live", publishAt: "2024-02-30T10:00", translationId: "abc", lede: "x".repeat(601) });
    const state = (await createArticleAction({}, data)) as ArticleFormState;
    expect(Object.keys(state.errors ?? {}).sort()).toEqual(["lede", "locale", "publishAt", "status", "title", "translationId"]);
    expect(state.values?.lede).toBe("x".repeat(601));
    expect(state.values?.publishAt).toBe("2024-02-30T10:00");
    expect(await snapshot()).toBe(before);
  });

  it("stores a Moscow publish time as UTC and a future one is scheduled, not public", async () => {
    await asStaff("editor");
    const article = await create({ status: "published", publishAt: "2099-06-01T12:00" });
    expect((await row(article.id))!.publishedAt!.toISOString()).toBe("2099-06-01T09:00:00.000Z");
    expect(await getPublishedArticle(testDb(), "en", article.slug)).toBeNull();
  });
});

describe("hostile bodies are refused at save with positions", () => {
  const deep = (unit: string) => `${unit.repeat(1000)}deep`;
  const cases: Array<[string, string]> = [
    ["<script>", "<script>alert(1)</script>"],
    ["<iframe srcDoc>", '<iframe srcDoc="<script>parent.x=1</script>" />'],
    ["<base>", '<base href="https://evil.example/" />'],
    ["<meta http-equiv>", '<meta http-equiv="refresh" content="0;url=https://evil.example/" />'],
    ["<style>", "<style>{'p { color: red }'}</style>"],
    ["onX attribute", '<a href="/en" onClick="alert(1)">home</a>'],
    ["onError on an image", '<img src="/media/x.png" onError="alert(1)" />'],
    ["javascript: link", "[click](javascript:alert(1))"],
    ["data: link", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["expression", "{process.exit()}"],
    ["import", 'import fs from "node:fs"'],
    ["export", "export const x = 1"],
    ["1,000-deep quotes", deep("> ")],
    ["1,000-deep lists", deep("- ")],
    ["1,000-deep elements", deep("<div>")],
  ];

  it.each(cases)("%s", async (_name, hostile) => {
    await asStaff("editor");
    const body = `Intro paragraph.\n\n${hostile}\n\nOutro.`;
    const before = await snapshot();
    const state = (await createArticleAction({}, articleForm({ status: "published", body }))) as ArticleFormState;
    expect(state.status).toBe("error");
    expect(state.errors?.body?.[0]).toMatch(/problem/);
    expect(state.bodyProblems?.length).toBeGreaterThan(0);
    for (const p of state.bodyProblems!) {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeGreaterThanOrEqual(1);
      expect(mdxProblemCodes).toContain(p.code);
    }
    expect(state.bodyProblems![0]!.line).toBe(3);
    expect(state.values?.body).toBe(body);
    expect(await snapshot()).toBe(before);
  });

  it("on update too, leaving the article as it was", async () => {
    await asStaff("editor");
    const article = await create();
    const before = await snapshot();
    const current = (await row(article.id))!;
    const state = (await updateArticleAction({}, editForm(current, { body: "ok\n\n<script>x</script>" }))) as ArticleFormState;
    expect(state.bodyProblems?.[0]).toMatchObject({ line: 3, column: 1 });
    expect(await snapshot()).toBe(before);
  });
});

describe("editing", () => {
  it("bumps the version, records a revision per save and says what is public", async () => {
    await asStaff("editor");
    const article = await create();
    const v1 = (await row(article.id))!;
    const state = (await updateArticleAction({}, editForm(v1, { title: "Renamed title", status: "published" }))) as ArticleFormState;
    expect(state.status).toBe("saved");
    expect(state.message).toMatch(/version 2/);
    expect(state.message).toMatch(/It is public at \/en\/news\//);
    expect(state.values).toMatchObject({ version: "2", title: "Renamed title" });
    const revisions = await testDb().select().from(newsRevisions).where(eq(newsRevisions.articleId, article.id));
    expect(revisions.map((r) => [r.version, r.title]).sort()).toEqual([
      [1, article.title],
      [2, "Renamed title"],
    ]);
    // A draft going public: its page, the lists, the set of public ids.
    expect(lastExpiry()).toEqual({
      tags: [`news-list:en`, `news-slug:en:${article.slug}`, "sitemap-ids", "sitemap:news-1.xml"].sort(),
      paths: ["/en", "/en/feed.xml", "/en/news", `/en/news/${article.slug}`, "/sitemap.xml"].sort(),
    });

    // A body edit of a public article changes no list entry: its page and its sitemap entry (lastmod) only.
    // (The form carries the publish time to the minute, so the first edit after "publish now" also
    // moves publishedAt to the minute: a list change. Settle that first.)
    await updateArticleAction({}, editForm((await row(article.id))!, { body: "Settling body." }));
    await updateArticleAction({}, editForm((await row(article.id))!, { body: "Another body." }));
    expect(lastExpiry()).toEqual({
      tags: [`news-slug:en:${article.slug}`, "sitemap:news-1.xml"].sort(),
      paths: [`/en/news/${article.slug}`, "/sitemap.xml"].sort(),
    });

    // A draft saved as a draft is on no public page: its own page's tag only, nothing to refresh.
    const draft = await create();
    expect(lastExpiry()).toEqual({ tags: [`news-slug:en:${draft.slug}`], paths: [] });
    await updateArticleAction({}, editForm((await row(draft.id))!, { title: "Still a draft" }));
    expect(lastExpiry()).toEqual({ tags: [`news-slug:en:${draft.slug}`], paths: [] });

    // Scheduled for later: not public yet, so the lists wait for the scheduler; the save asks it to look again.
    vi.mocked(reschedulePublications).mockClear();
    const later = utcToWallTime(new Date(Date.now() + 3_600_000));
    await updateArticleAction({}, editForm((await row(draft.id))!, { status: "published", publishAt: later }));
    expect(lastExpiry()).toEqual({ tags: [`news-slug:en:${draft.slug}`], paths: [] });
    expect(reschedulePublications).toHaveBeenCalledTimes(1);
  });

  it("refuses a stale version, naming who saved in between, and keeps the second person's text", async () => {
    await asStaff("editor");
    const article = await create();
    const opened = (await row(article.id))!; // both open version 1

    const second = await asStaff("editor");
    const saved = (await updateArticleAction({}, editForm(opened, { body: "Second editor's text." }))) as ArticleFormState;
    expect(saved.status).toBe("saved");

    await asStaff("editor"); // the first editor comes back to save what they typed on version 1
    const before = await snapshot();
    const mine = "First editor's long text.\n\nWith two paragraphs.";
    const state = (await updateArticleAction({}, editForm(opened, { body: mine }))) as ArticleFormState;
    expect(state.status).toBe("error");
    expect(state.message).toContain(`Int editor (${second.email}) saved this article`);
    expect(state.conflict).toMatchObject({ version: 2, savedBy: `Int editor (${second.email})` });
    expect(state.values?.body).toBe(mine);
    expect(await snapshot()).toBe(before);
    expect((await row(article.id))!.body).toBe("Second editor's text.");

    // "Save mine anyway" names the version it has now seen, and goes through.
    const overwrite = editForm(opened, { body: mine });
    overwrite.set("overwriteVersion", "2");
    const forced = (await updateArticleAction({}, overwrite)) as ArticleFormState;
    expect(forced.status).toBe("saved");
    expect((await row(article.id))!).toMatchObject({ body: mine, version: 3 });
  });

  it("lets exactly one of two simultaneous saves of the same version through", async () => {
    await asStaff("editor");
    const article = await create();
    const opened = (await row(article.id))!;
    const results = (await Promise.all(
      ["Alpha", "Beta", "Gamma", "Delta"].map((body) => updateArticleAction({}, editForm(opened, { body }))),
    )) as ArticleFormState[];
    expect(results.filter((r) => r.status === "saved")).toHaveLength(1);
    expect(results.filter((r) => r.conflict)).toHaveLength(3);
    const winner = results.find((r) => r.status === "saved")!.values!.body;
    expect((await row(article.id))!).toMatchObject({ version: 2, body: winner });
    const revisions = await testDb().select().from(newsRevisions).where(eq(newsRevisions.articleId, article.id));
    expect(revisions).toHaveLength(2);
  });

  it("a published article's new slug leaves a 301 from the old one and expires both paths; a draft's does not", async () => {
    await asStaff("editor");
    const article = await create({ status: "published" });
    const current = (await row(article.id))!;
    const newSlug = `${article.slug}-renamed`;
    const state = (await updateArticleAction({}, editForm(current, { slug: newSlug }))) as ArticleFormState;
    expect(state.message).toContain(`The old address /en/news/${article.slug} now redirects to the new one.`);
    expect(await getRedirectedSlug(testDb(), "en", article.slug)).toBe(newSlug);
    // Both addresses' pages (the old one now redirects) and the lists (the entry's link changed).
    expect(lastExpiry()).toEqual({
      tags: [`news-list:en`, `news-slug:en:${article.slug}`, `news-slug:en:${newSlug}`, "sitemap:news-1.xml"].sort(),
      paths: ["/en", "/en/feed.xml", "/en/news", `/en/news/${article.slug}`, `/en/news/${newSlug}`, "/sitemap.xml"].sort(),
    });

    // Renaming back takes the old slug over: its redirect goes, the newer one appears.
    await updateArticleAction({}, editForm((await row(article.id))!, { slug: article.slug }));
    expect(await getRedirectedSlug(testDb(), "en", article.slug)).toBeNull();
    expect(await getRedirectedSlug(testDb(), "en", newSlug)).toBe(article.slug);

    const draft = await create();
    await updateArticleAction({}, editForm((await row(draft.id))!, { slug: `${draft.slug}-x` }));
    const redirects = await testDb().select().from(slugRedirects).where(eq(slugRedirects.articleId, draft.id));
    expect(redirects).toHaveLength(0);
  });

  it("links and unlinks translations through translation_group, refusing an article already linked", async () => {
    await asStaff("editor");
    const en = await create({ locale: "en" });
    const ru = await create({ locale: "ru", translationId: String(en.id) });
    expect((await row(ru.id))!.translationGroup).toBe((await row(en.id))!.translationGroup);

    const before = await snapshot();
    const other = (await createArticleAction({}, articleForm({ locale: "ru", translationId: String(en.id) }))) as ArticleFormState;
    expect(other.errors?.translationId?.[0]).toMatch(/already linked/);
    const sameLocale = (await createArticleAction({}, articleForm({ locale: "en", translationId: String(en.id) }))) as ArticleFormState;
    expect(sameLocale.errors?.translationId?.[0]).toMatch(/other language/);
    expect(await snapshot()).toBe(before);

    await updateArticleAction({}, editForm((await row(ru.id))!, { translationId: "" }));
    expect((await row(ru.id))!.translationGroup).not.toBe((await row(en.id))!.translationGroup);
    // Both are drafts: nothing public links them, so only their own pages' tags.
    expect(lastExpiry()).toEqual({ tags: [`news-slug:ru:${(await row(ru.id))!.slug}`], paths: [] });
  });
});

describe("what a save of a translated article expires", () => {
  it("the translation's page (its language switch), both sitemap files, and only the saved article's lists", async () => {
    await asStaff("editor");
    const en = await create({ locale: "en", status: "published" });
    const ru = await create({ locale: "ru", status: "published", translationId: String(en.id) });
    // Linking a new public translation: the English page's switch now points at it.
    expect(lastExpiry().tags).toEqual(
      [`news-list:ru`, `news-slug:ru:${ru.slug}`, `news-slug:en:${en.slug}`, "sitemap-ids", "sitemap:news-1.xml"].sort(),
    );
    expect(lastExpiry().paths).toContain(`/en/news/${en.slug}`);
    expect(lastExpiry().paths).not.toContain("/en/news");

    // A new slug for the Russian one: its old and new pages, the English page, the Russian lists; not the English lists.
    const renamed = `${ru.slug}-2`;
    await updateArticleAction({}, editForm((await row(ru.id))!, { slug: renamed, translationId: String(en.id) }));
    expect(lastExpiry()).toEqual({
      tags: [`news-list:ru`, `news-slug:ru:${ru.slug}`, `news-slug:ru:${renamed}`, `news-slug:en:${en.slug}`, "sitemap:news-1.xml"].sort(),
      paths: ["/ru", "/ru/feed.xml", "/ru/news", `/ru/news/${ru.slug}`, `/ru/news/${renamed}`, `/en/news/${en.slug}`, "/sitemap.xml"].sort(),
    });

    // Deleting the English one: the Russian page loses its switch target.
    const current = (await row(en.id))!;
    await redirectOf(() => deleteArticleAction({}, form({ id: String(en.id), version: String(current.version), confirm: "yes" })));
    expect(lastExpiry().tags).toEqual([`news-list:en`, `news-slug:en:${en.slug}`, `news-slug:ru:${renamed}`, "sitemap-ids", "sitemap:news-1.xml"].sort());
  });
});

describe("revisions", () => {
  it("restores an old version as a new save with its own revision, and refuses a stale restore", async () => {
    await asStaff("editor");
    const article = await create({ body: "Original body." });
    await updateArticleAction({}, editForm((await row(article.id))!, { body: "Changed body." }));
    const [v1] = await testDb()
      .select()
      .from(newsRevisions)
      .where(and(eq(newsRevisions.articleId, article.id), eq(newsRevisions.version, 1)));

    const stale = await restoreRevisionAction({}, form({ id: String(article.id), revisionId: String(v1!.id), version: "1" }));
    expect(stale).toMatchObject({ conflict: true });
    expect(stale.message).toMatch(/Int editor .* saved this article/);

    const location = await redirectOf(() => restoreRevisionAction({}, form({ id: String(article.id), revisionId: String(v1!.id), version: "2" })));
    expect(location).toBe(`/admin/news/${article.id}?saved=restored&from=1`);
    expect((await row(article.id))!).toMatchObject({ body: "Original body.", version: 3 });
    const revisions = await testDb().select().from(newsRevisions).where(eq(newsRevisions.articleId, article.id));
    expect(revisions.map((r) => r.version).sort()).toEqual([1, 2, 3]);
    const [audit] = await testDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, String(article.id)), eq(auditLog.action, "restore")));
    expect(audit?.summary).toMatchObject({ restoredVersion: 1, version: 3 });
  });

  it("records the text of an article that had no revision before its first admin save", async () => {
    await asStaff("editor");
    const tag = unique();
    const [inserted] = await testDb()
      .insert(newsArticles)
      .values({ locale: "en", slug: `no-revision-${tag}`, title: "Inserted directly", body: "Old text.", author: "Seed Person" })
      .returning();
    await updateArticleAction({}, editForm(inserted!, { body: "New text." }));
    const revisions = await testDb().select().from(newsRevisions).where(eq(newsRevisions.articleId, inserted!.id));
    expect(revisions.map((r) => [r.version, r.body, r.savedBy.startsWith("Int editor")]).sort()).toEqual([
      [1, "Old text.", false],
      [2, "New text.", true],
    ]);
  });
});

describe("deleting", () => {
  it("needs the confirm step and the current version, then removes the article and expires it", async () => {
    await asStaff("editor");
    const article = await create({ status: "published" });
    await updateArticleAction({}, editForm((await row(article.id))!, { slug: `${article.slug}-new` }));
    const before = await snapshot();

    expect((await deleteArticleAction({}, form({ id: String(article.id), version: "2" }))).message).toMatch(/Confirm/);
    expect(await deleteArticleAction({}, form({ id: String(article.id), version: "1", confirm: "yes" }))).toMatchObject({ conflict: true });
    expect(await snapshot()).toBe(before);

    const location = await redirectOf(() => deleteArticleAction({}, form({ id: String(article.id), version: "2", confirm: "yes" })));
    expect(location).toBe("/admin/news?deleted=1");
    expect(await row(article.id)).toBeUndefined();
    expect(await testDb().select().from(newsRevisions).where(eq(newsRevisions.articleId, article.id))).toHaveLength(0);
    expect(await getPublishedArticle(testDb(), "en", `${article.slug}-new`)).toBeNull();
    expect(await getRedirectedSlug(testDb(), "en", article.slug)).toBeNull();
    // Its page at both addresses, the lists, and the set of public ids (one fewer).
    expect(lastExpiry()).toEqual({
      tags: [`news-list:en`, `news-slug:en:${article.slug}`, `news-slug:en:${article.slug}-new`, "sitemap-ids", "sitemap:news-1.xml"].sort(),
      paths: ["/en", "/en/feed.xml", "/en/news", `/en/news/${article.slug}`, `/en/news/${article.slug}-new`, "/sitemap.xml"].sort(),
    });
    const [audit] = await testDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, String(article.id)), eq(auditLog.action, "delete")));
    expect(audit).toBeDefined();
  });
});

describe("live preview", () => {
  it("renders through the MDX pipeline for staff and lists problems with positions", async () => {
    await asStaff("editor");
    const ok = await previewArticleAction({ body: "Hello **world**" });
    expect(ok.ok).toBe(true);
    const bad = await previewArticleAction({ body: "x\n\n<script>alert(1)</script>" });
    expect(bad).toMatchObject({ ok: false, problems: [{ code: "element", params: { tag: "<script>" }, line: 3, column: 1 }] });
    const huge = await previewArticleAction({ body: "x".repeat(200_000) });
    expect(huge.ok).toBe(false);
  });
});

describe("when the database fails", () => {
  const realGetDb = vi.mocked(getDb).getMockImplementation()!;

  it("during the session check: an error message and the text kept", async () => {
    await asStaff("editor");
    const before = await snapshot();
    vi.mocked(getDb).mockResolvedValueOnce(dead.db);
    const data = articleForm({ body: "Precious words that must survive." });
    const state = (await createArticleAction({}, data)) as ArticleFormState;
    expect(state.message).toMatch(/database did not answer/);
    expect(state.values?.body).toBe("Precious words that must survive.");
    expect(await snapshot()).toBe(before);
  });

  it("during a live preview: a message, not a crash", async () => {
    await asStaff("editor");
    vi.mocked(getDb).mockResolvedValueOnce(dead.db); // the session check
    const preview = await previewArticleAction({ body: "Some **text**." });
    expect(preview).toMatchObject({ ok: false, problems: [], message: expect.stringMatching(/database did not answer/) });
  });

  it("during the save: an error message and the text kept", async () => {
    await asStaff("editor");
    const article = await create();
    const before = await snapshot();
    vi.mocked(getDb)
      .mockImplementationOnce(realGetDb) // the session check
      .mockResolvedValueOnce(dead.db); // the save
    const state = (await updateArticleAction({}, editForm((await row(article.id))!, { body: "Edited while the database blinked." }))) as ArticleFormState;
    expect(state.status).toBe("error");
    expect(state.message).toMatch(/database did not answer, so nothing was saved/);
    expect(state.values?.body).toBe("Edited while the database blinked.");
    expect(await snapshot()).toBe(before);
  });
});
