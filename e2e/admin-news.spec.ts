// The news admin in a real browser against `next start`: what staff do, and
// what the public site shows right after. Every article made here has a
// unique "E2E news …" title, so its slug starts with "e2e-news-".
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { utcToWallTime } from "@/lib/news/moscow-time";
import { deleteMadeArticles } from "./fixtures/news-cleanup";
import { storageStatePath } from "./fixtures/staff";
import { NewsEditorPage } from "./pages/news-editor";

test.use({ storageState: storageStatePath("editor") });

let counter = 0;
const uniqueTitle = (label: string) => `E2E news ${label} ${Date.now().toString(36)}${(counter++).toString(36)}${test.info().workerIndex}`;

type Created = { id: number; slug: string; title: string };

// The public specs count the articles of the feed, RSS and sitemap: delete what a test made once it ends.
const made: number[] = [];
test.afterEach(({ browser }) => deleteMadeArticles(browser, made));

async function createArticle(
  page: Page,
  { label, body = "First paragraph with **bold** text.", status = "published", publishAt, locale = "en", title }: {
    label: string;
    body?: string;
    status?: "draft" | "published";
    /** Called just before saving, so a time "a few seconds ahead" is measured from the click. */
    publishAt?: () => string;
    locale?: "en" | "ru";
    title?: string;
  },
): Promise<Created> {
  const editor = new NewsEditorPage(page);
  await editor.gotoNew();
  const fullTitle = title ?? uniqueTitle(label);
  await editor.fill({ locale, title: fullTitle, lede: `Lede of ${fullTitle}.`, body, status });
  if (publishAt) await editor.fill({ publishAt: publishAt() });
  const id = await editor.create();
  made.push(id);
  await expect(editor.createdNotice).toBeVisible();
  // The slug as saved (the server makes it from the title when the field is empty).
  const slug = await editor.slug.inputValue();
  expect(slug).toMatch(/^e2e-news-/);
  return { id, slug, title: fullTitle };
}

async function publicStatus(request: APIRequestContext, path: string): Promise<number> {
  return (await request.get(path, { maxRedirects: 0 })).status();
}

async function anonymousPage(browser: Browser) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return { page: await context.newPage(), close: () => context.close() };
}

test("create an article with a transliterated slug and see it on the public site, feed, RSS and sitemap", async ({ page, request }) => {
  const editor = new NewsEditorPage(page);
  const stamp = `${Date.now().toString(36)}${test.info().workerIndex}`;
  await editor.gotoNew();
  await editor.title.fill("Щука и ёж: «Сколково» 2012");
  await expect(editor.slug).toHaveValue("shchuka-i-ezh-skolkovo-2012");
  // Home in the cache first, so that seeing the article there below shows the save expired it.
  expect((await request.get("/ru")).status()).toBe(200);
  const created = await createArticle(page, { label: "ru", locale: "ru", title: `E2E news Привет, мир ${stamp}` });
  expect(created.slug).toBe(`e2e-news-privet-mir-${stamp}`);

  const response = await page.goto(`/ru/news/${created.slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(created.title);
  await expect(page.locator("article .prose strong")).toHaveText("bold");

  await page.goto("/ru/news");
  await expect(page.locator(`main a[href="/ru/news/${created.slug}"]`).first()).toBeVisible();
  // Home's latest news: a document cached under the locale's news list tag, which the save expired.
  expect(await (await request.get("/ru")).text()).toContain(`href="/ru/news/${created.slug}"`);
  expect(await (await request.get("/ru/feed.xml")).text()).toContain(`/ru/news/${created.slug}</link>`);
  expect(await (await request.get("/sitemap.xml")).text()).toContain(`/ru/news/${created.slug}</loc>`);
  // Published just now: in the Google News sitemap, with its language.
  const newsSitemap = await (await request.get("/news-sitemap.xml")).text();
  expect(newsSitemap).toMatch(new RegExp(`/ru/news/${created.slug}</loc>\\s*<news:news>\\s*<news:publication>[\\s\\S]*?<news:language>ru</news:language>`));
});

test("the list searches titles, filters by status and language, and pages by 20", async ({ page }) => {
  const editor = new NewsEditorPage(page);
  const draft = await createArticle(page, { label: "listed draft", status: "draft" });
  await page.goto("/admin/news");
  await expect(page.getByText(/Page 1 of \d+/)).toBeVisible();
  await expect(page.locator("tbody tr")).toHaveCount(20);
  await page.getByRole("link", { name: "Next page →" }).click();
  await expect(page).toHaveURL(/page=2/);

  await page.getByLabel("Search titles").fill(draft.title);
  await page.getByLabel("Status").selectOption("draft");
  await page.getByLabel("Language").selectOption("en");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(page.locator("tbody tr").first()).toContainText("Draft");
  await page.getByLabel("Status").selectOption("published");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByText("No articles match.")).toBeVisible();
  await page.goto(`/admin/news?q=${encodeURIComponent(draft.title)}`);
  await page.getByRole("link", { name: draft.title }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/news/${draft.id}$`));
  await expect(editor.title).toHaveValue(draft.title);
});

test("a draft is private until published; staff see it in the full-page preview", async ({ page, browser }) => {
  const editor = new NewsEditorPage(page);
  const draft = await createArticle(page, { label: "draft", status: "draft", body: "Draft body with a [link](/en/program)." });
  const path = `/en/news/${draft.slug}`;
  expect((await page.request.get(path)).status()).toBe(404);

  const preview = await page.goto(`/admin/news/${draft.id}/preview`);
  expect(preview?.status()).toBe(200);
  expect(preview?.headers()["cache-control"]).toContain("no-store");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(draft.title);
  await expect(page.locator(".news-preview-page .prose a")).toHaveAttribute("href", "/en/program");
  await expect(page.getByText("a draft, not public")).toBeVisible();

  const anonymous = await anonymousPage(browser);
  await anonymous.page.goto(`/admin/news/${draft.id}/preview`);
  await expect(anonymous.page).toHaveURL(/\/admin\/login/);
  await anonymous.close();

  await editor.goto(draft.id);
  await editor.statusChoice("published").check();
  await editor.save();
  await expect(editor.savedNotice).toContainText(`It is public at ${path}`);
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(draft.title);
});

test("the live preview renders as the editor types; a body that fails the checks is refused with positions and kept", async ({ page }) => {
  const editor = new NewsEditorPage(page);
  const created = await createArticle(page, { label: "preview" });
  const body = editor.body;
  const pane = page.getByTestId("live-preview");

  const previewResponse = page.waitForResponse((r) => r.request().method() === "POST" && Boolean(r.request().headers()["next-action"]));
  await body.fill('## A subheading\n\nSome *italic* text.\n\n<Callout title="Note">Inside the callout.</Callout>');
  const response = await previewResponse;
  expect(response.headers()["cache-control"]).toMatch(/no-store/);
  await expect(pane.getByRole("heading", { name: "A subheading" })).toBeVisible();
  await expect(pane.locator("em")).toHaveText("italic");
  await expect(pane.locator("aside.callout")).toContainText("Inside the callout.");
  await editor.title.fill(`${created.title} (edited)`);
  await expect(pane.getByRole("heading", { level: 2 }).first()).toHaveText(`${created.title} (edited)`);

  const hostile = 'Intro.\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1))';
  await body.fill(hostile);
  await expect(pane).toContainText("Line 3, column 1");
  await editor.save();
  await expect(editor.refusal).toContainText("Nothing was saved yet");
  const problems = page.getByRole("list", { name: "Problems in the body" });
  await expect(problems).toContainText("Line 3, column 1");
  await expect(problems).toContainText("Line 5, column 1");
  await expect(body).toHaveValue(hostile);
  await expect(editor.title).toHaveValue(`${created.title} (edited)`);

  await body.fill("Edited body, now **valid**.");
  await editor.save();
  await expect(editor.savedNotice).toContainText("version 2");
  const publicPage = await page.goto(`/en/news/${created.slug}`);
  expect(publicPage?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${created.title} (edited)`);
  await expect(page.locator("article .prose strong")).toHaveText("valid");
});

test("a scheduled article goes public by itself at its time", async ({ page, request }) => {
  const editor = new NewsEditorPage(page);
  test.setTimeout(120_000);
  let publishAt = new Date();
  const created = await createArticle(page, {
    label: "scheduled",
    publishAt: () => {
      publishAt = new Date(Date.now() + 8_000);
      return utcToWallTime(publishAt);
    },
  });
  // On a loaded machine the save itself can take seconds; only claim "scheduled" while it still is.
  if (Date.now() < publishAt.getTime() - 1_000) {
    await expect(editor.createdNotice).toContainText("It is scheduled");
    await page.goto(`/admin/news?q=${encodeURIComponent(created.title)}`);
    await expect(page.locator("tbody tr").first()).toContainText("Scheduled");
  }

  // Asked from now on: 404 until the publish time, then 200 once the expiry at that time has run.
  await expect
    .poll(() => publicStatus(request, `/en/news/${created.slug}`), { timeout: 45_000, intervals: [1_000] })
    .toBe(200);
});

test("changing a published article's slug makes the old address redirect permanently to the new one", async ({ page, request }) => {
  const editor = new NewsEditorPage(page);
  const created = await createArticle(page, { label: "slug" });
  expect(await publicStatus(request, `/en/news/${created.slug}`)).toBe(200);
  const newSlug = `${created.slug}-moved`;
  await editor.slug.fill(newSlug);
  await editor.save();
  await expect(editor.savedNotice).toContainText(`The old address /en/news/${created.slug} now redirects`);

  const old = await request.get(`/en/news/${created.slug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(301);
  expect(old.headers().location).toMatch(new RegExp(`/en/news/${newSlug}$`));
  const followed = await page.goto(`/en/news/${created.slug}`);
  expect(followed?.status()).toBe(200);
  await expect(page).toHaveURL(new RegExp(`/en/news/${newSlug}$`));
});

test("a new title gets a new share image: a new address, drawn again", async ({ page, request }) => {
  const editor = new NewsEditorPage(page);
  const created = await createArticle(page, { label: "share image" });
  const imageOf = async () => {
    const html = await (await request.get(`/en/news/${created.slug}`)).text();
    const url = new URL(/<meta property="og:image" content="([^"]+)"/.exec(html)![1]!.replaceAll("&amp;", "&"));
    const response = await request.get(url.pathname + url.search);
    expect(response.status()).toBe(200);
    return { address: url.pathname + url.search, png: await response.body() };
  };
  const before = await imageOf();
  await editor.title.fill(`${created.title} — renamed`);
  await editor.save();
  await expect(editor.savedNotice).toBeVisible();
  const after = await imageOf();
  expect(after.address).not.toBe(before.address);
  expect(after.png.equals(before.png)).toBe(false);
});

test("revisions: compare an old version with the current text and restore it", async ({ page, request }) => {
  const editor = new NewsEditorPage(page);
  const created = await createArticle(page, { label: "revisions", body: "Version one text.\n\nShared paragraph." });
  await editor.body.fill("Version two text.\n\nShared paragraph.");
  await editor.save();
  await expect(editor.savedNotice).toBeVisible();

  await page.getByRole("link", { name: "Revisions" }).click();
  await expect(page.locator("tbody tr")).toHaveCount(2);
  await page.getByRole("link", { name: "Compare and restore version 1" }).click();
  const body = page.getByRole("region", { name: "Body" });
  await expect(body.locator("tr.diff--removed")).toContainText("Version one text.");
  await expect(body.locator("tr.diff--added")).toContainText("Version two text.");
  await expect(body.locator("tr.diff--same").filter({ hasText: "Shared paragraph." })).toHaveCount(1);

  await page.getByRole("button", { name: "Restore version 1" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/news/${created.id}\\?saved=restored&from=1$`));
  await expect(page.getByText("Version 1 was restored as version 3.")).toBeVisible();
  await expect(editor.body).toHaveValue("Version one text.\n\nShared paragraph.");
  expect(await (await request.get(`/en/news/${created.slug}`)).text()).toContain("Version one text.");
  await page.goto(`/admin/news/${created.id}/revisions`);
  await expect(page.locator("tbody tr")).toHaveCount(3);
});

test("two people editing: the stale save is refused naming the other saver, and the text stays", async ({ page, browser }) => {
  const editor = new NewsEditorPage(page);
  const created = await createArticle(page, { label: "conflict", body: "Original." });
  const admin = await browser.newContext({ storageState: storageStatePath("admin") });
  const other = await admin.newPage();
  const otherEditor = new NewsEditorPage(other);
  await otherEditor.goto(created.id);
  await editor.goto(created.id);

  await otherEditor.body.fill("The admin's version.");
  await otherEditor.save();
  await expect(otherEditor.savedNotice).toBeVisible();

  const mine = "The editor's version, typed with care.\n\nTwo paragraphs of it.";
  await editor.body.fill(mine);
  await editor.save();
  await expect(editor.refusal).toContainText("Not saved: E2E Admin (admin@e2e.test) saved this article at");
  await expect(editor.body).toHaveValue(mine);

  await page.getByRole("button", { name: "Save mine anyway (replaces theirs)" }).click();
  await expect(editor.savedNotice).toContainText("version 3");
  await other.reload();
  await expect(otherEditor.body).toHaveValue(mine);
  await admin.close();
});

test("unsaved typing survives a reload: the copy in the browser is offered back", async ({ page }) => {
  const editor = new NewsEditorPage(page);
  await createArticle(page, { label: "autosave", body: "Saved text." });
  page.on("dialog", (dialog) => dialog.accept()); // the "leave the page?" question
  await editor.body.fill("Typed but never saved.");
  // The copy is taken every second: reload once it is there, not after a guess at how long that takes.
  await expect.poll(() => editor.keptCopyContains("Typed but never saved.")).toBe(true);
  await page.reload();
  await expect(page.getByText("This browser kept unsaved changes to this article")).toBeVisible();
  await expect(editor.body).toHaveValue("Saved text.");
  await page.getByRole("button", { name: "Restore them" }).click();
  await expect(editor.body).toHaveValue("Typed but never saved.");
  await editor.save();
  await expect(editor.savedNotice).toBeVisible();
  await page.reload();
  await expect(editor.body).toHaveValue("Typed but never saved.");
  await expect(page.getByText("This browser kept unsaved changes")).toHaveCount(0);
  // Saved, so the browser's copy is forgotten: nothing is left to offer on the next visit.
  await expect.poll(() => editor.keptCopyContains("Typed but never saved.")).toBe(false);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an editor creates and edits an article, and a refused save keeps the text", async ({ page }) => {
    const editor = new NewsEditorPage(page);
    const title = uniqueTitle("nojs");
    await editor.gotoNew();
    await editor.title.fill(title);
    await editor.slug.fill(title);
    await editor.body.fill("Broken <script>x</script> body.");
    await editor.createButton.click();
    await expect(editor.refusal).toContainText("Nothing was saved yet");
    await expect(editor.body).toHaveValue("Broken <script>x</script> body.");
    await expect(editor.title).toHaveValue(title);
    await editor.body.fill("Fine body.");
    made.push(await editor.create());
    await expect(editor.slug).toHaveValue(/^e2e-news-nojs-/);
  });

  test("delete asks for confirmation on its own page; then the article is gone from the site, feed, RSS and sitemap", async ({ page, browser, request }) => {
    const withJs = await browser.newContext({ storageState: storageStatePath("editor") });
    const created = await createArticle(await withJs.newPage(), { label: "delete" });
    await withJs.close();
    const path = `/en/news/${created.slug}`;
    expect(await publicStatus(request, path)).toBe(200);
    expect(await (await request.get("/en/feed.xml")).text()).toContain(path);
    expect(await (await request.get("/sitemap.xml")).text()).toContain(path);

    await new NewsEditorPage(page).goto(created.id);
    await page.getByRole("link", { name: "Delete…" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Delete “${created.title}”?`);
    await page.getByRole("button", { name: "Yes, delete this article" }).click();
    await expect(page).toHaveURL(/\/admin\/news\?deleted=1$/);
    await expect(page.getByRole("status")).toContainText("The article was deleted.");

    expect(await publicStatus(request, path)).toBe(404);
    expect(await (await request.get("/en/news")).text()).not.toContain(path);
    expect(await (await request.get("/en/feed.xml")).text()).not.toContain(path);
    expect(await (await request.get("/sitemap.xml")).text()).not.toContain(path);
    expect((await page.goto(`/admin/news/${created.id}`))?.status()).toBe(404);
  });
});
