// The news admin in a real browser against `next start`: what staff do, and
// what the public site shows right after. Every article made here has a
// unique "E2E news …" title, so its slug starts with "e2e-news-".
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { utcToWallTime } from "@/lib/news/moscow-time";
import { deleteMadeArticles } from "./fixtures/news-cleanup";
import { storageStatePath } from "./fixtures/staff";

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
  await page.goto("/admin/news/new");
  const fullTitle = title ?? uniqueTitle(label);
  await page.getByLabel("Language").selectOption(locale);
  await page.getByLabel("Title", { exact: true }).fill(fullTitle);
  await page.getByLabel("Lede (short summary)").fill(`Lede of ${fullTitle}.`);
  await page.getByLabel("Body", { exact: true }).fill(body);
  await page.getByLabel(status === "draft" ? "Draft: not public" : "Published: public from the publish time").check();
  if (publishAt) await page.getByLabel("Publish date and time (Moscow time)").fill(publishAt());
  await page.getByRole("button", { name: "Create article" }).click();
  await expect(page).toHaveURL(/\/admin\/news\/\d+\?saved=created$/);
  await expect(page.getByRole("status").filter({ hasText: "Article created." })).toBeVisible();
  const id = Number(/\/admin\/news\/(\d+)/.exec(page.url())![1]);
  made.push(id);
  // The slug as saved (the server makes it from the title when the field is empty).
  const slug = await page.getByLabel("Slug (the end of the address)").inputValue();
  expect(slug).toMatch(/^e2e-news-/);
  return { id, slug, title: fullTitle };
}

async function save(page: Page) {
  await page.getByRole("button", { name: "Save", exact: true }).click();
}

async function publicStatus(request: APIRequestContext, path: string): Promise<number> {
  return (await request.get(path, { maxRedirects: 0 })).status();
}

async function anonymousPage(browser: Browser) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return { page: await context.newPage(), close: () => context.close() };
}

test("create an article with a transliterated slug and see it on the public site, feed, RSS and sitemap", async ({ page, request }) => {
  const stamp = `${Date.now().toString(36)}${test.info().workerIndex}`;
  await page.goto("/admin/news/new");
  await page.getByLabel("Title", { exact: true }).fill("Щука и ёж: «Сколково» 2012");
  await expect(page.getByLabel("Slug (the end of the address)")).toHaveValue("shchuka-i-ezh-skolkovo-2012");
  const created = await createArticle(page, { label: "ru", locale: "ru", title: `E2E news Привет, мир ${stamp}` });
  expect(created.slug).toBe(`e2e-news-privet-mir-${stamp}`);

  const response = await page.goto(`/ru/news/${created.slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(created.title);
  await expect(page.locator("article .prose strong")).toHaveText("bold");

  await page.goto("/ru/news");
  await expect(page.locator(`main a[href="/ru/news/${created.slug}"]`).first()).toBeVisible();
  expect(await (await request.get("/ru/feed.xml")).text()).toContain(`/ru/news/${created.slug}</link>`);
  expect(await (await request.get("/sitemap.xml")).text()).toContain(`/ru/news/${created.slug}</loc>`);
  // Published just now: in the Google News sitemap, with its language.
  const newsSitemap = await (await request.get("/news-sitemap.xml")).text();
  expect(newsSitemap).toMatch(new RegExp(`/ru/news/${created.slug}</loc>\\s*<news:news>\\s*<news:publication>[\\s\\S]*?<news:language>ru</news:language>`));
});

test("the list searches titles, filters by status and language, and pages by 20", async ({ page }) => {
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
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(draft.title);
});

test("a draft is private until published; staff see it in the full-page preview", async ({ page, browser }) => {
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

  await page.goto(`/admin/news/${draft.id}`);
  await page.getByLabel("Published: public from the publish time").check();
  await save(page);
  await expect(page.getByRole("status").filter({ hasText: "Saved at" })).toContainText(`It is public at ${path}`);
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(draft.title);
});

test("the live preview renders as the editor types; a body that fails the checks is refused with positions and kept", async ({ page }) => {
  const created = await createArticle(page, { label: "preview" });
  const body = page.getByLabel("Body", { exact: true });
  const pane = page.getByTestId("live-preview");

  const previewResponse = page.waitForResponse((r) => r.request().method() === "POST" && Boolean(r.request().headers()["next-action"]));
  await body.fill('## A subheading\n\nSome *italic* text.\n\n<Callout title="Note">Inside the callout.</Callout>');
  const response = await previewResponse;
  expect(response.headers()["cache-control"]).toMatch(/no-store/);
  await expect(pane.getByRole("heading", { name: "A subheading" })).toBeVisible();
  await expect(pane.locator("em")).toHaveText("italic");
  await expect(pane.locator("aside.callout")).toContainText("Inside the callout.");
  await page.getByLabel("Title", { exact: true }).fill(`${created.title} (edited)`);
  await expect(pane.getByRole("heading", { level: 2 }).first()).toHaveText(`${created.title} (edited)`);

  const hostile = 'Intro.\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1))';
  await body.fill(hostile);
  await expect(pane).toContainText("Line 3, column 1");
  await save(page);
  await expect(page.locator("form [role=alert]")).toContainText("Nothing was saved yet");
  const problems = page.getByRole("list", { name: "Problems in the body" });
  await expect(problems).toContainText("Line 3, column 1");
  await expect(problems).toContainText("Line 5, column 1");
  await expect(body).toHaveValue(hostile);
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(`${created.title} (edited)`);

  await body.fill("Edited body, now **valid**.");
  await save(page);
  await expect(page.getByRole("status").filter({ hasText: "Saved at" })).toContainText("version 2");
  const publicPage = await page.goto(`/en/news/${created.slug}`);
  expect(publicPage?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${created.title} (edited)`);
  await expect(page.locator("article .prose strong")).toHaveText("valid");
});

test("a scheduled article goes public by itself at its time", async ({ page, request }) => {
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
    await expect(page.getByRole("status").filter({ hasText: "Article created." })).toContainText("It is scheduled");
    await page.goto(`/admin/news?q=${encodeURIComponent(created.title)}`);
    await expect(page.locator("tbody tr").first()).toContainText("Scheduled");
  }

  await page.waitForTimeout(Math.max(0, publishAt.getTime() - Date.now() + 500));
  await expect
    .poll(() => publicStatus(request, `/en/news/${created.slug}`), { timeout: 45_000, intervals: [1_000] })
    .toBe(200);
});

test("changing a published article's slug makes the old address redirect permanently to the new one", async ({ page, request }) => {
  const created = await createArticle(page, { label: "slug" });
  expect(await publicStatus(request, `/en/news/${created.slug}`)).toBe(200);
  const newSlug = `${created.slug}-moved`;
  await page.getByLabel("Slug (the end of the address)").fill(newSlug);
  await save(page);
  await expect(page.getByRole("status").filter({ hasText: "Saved at" })).toContainText(`The old address /en/news/${created.slug} now redirects`);

  const old = await request.get(`/en/news/${created.slug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(301);
  expect(old.headers().location).toMatch(new RegExp(`/en/news/${newSlug}$`));
  const followed = await page.goto(`/en/news/${created.slug}`);
  expect(followed?.status()).toBe(200);
  await expect(page).toHaveURL(new RegExp(`/en/news/${newSlug}$`));
});

test("a new title gets a new share image: a new address, drawn again", async ({ page, request }) => {
  const created = await createArticle(page, { label: "share image" });
  const imageOf = async () => {
    const html = await (await request.get(`/en/news/${created.slug}`)).text();
    const url = new URL(/<meta property="og:image" content="([^"]+)"/.exec(html)![1]!.replaceAll("&amp;", "&"));
    const response = await request.get(url.pathname + url.search);
    expect(response.status()).toBe(200);
    return { address: url.pathname + url.search, png: await response.body() };
  };
  const before = await imageOf();
  await page.getByLabel("Title", { exact: true }).fill(`${created.title} — renamed`);
  await save(page);
  await expect(page.getByRole("status").filter({ hasText: "Saved at" })).toBeVisible();
  const after = await imageOf();
  expect(after.address).not.toBe(before.address);
  expect(after.png.equals(before.png)).toBe(false);
});

test("revisions: compare an old version with the current text and restore it", async ({ page, request }) => {
  const created = await createArticle(page, { label: "revisions", body: "Version one text.\n\nShared paragraph." });
  await page.getByLabel("Body", { exact: true }).fill("Version two text.\n\nShared paragraph.");
  await save(page);
  await expect(page.getByRole("status").filter({ hasText: "Saved at" })).toBeVisible();

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
  await expect(page.getByLabel("Body", { exact: true })).toHaveValue("Version one text.\n\nShared paragraph.");
  expect(await (await request.get(`/en/news/${created.slug}`)).text()).toContain("Version one text.");
  await page.goto(`/admin/news/${created.id}/revisions`);
  await expect(page.locator("tbody tr")).toHaveCount(3);
});

test("two people editing: the stale save is refused naming the other saver, and the text stays", async ({ page, browser }) => {
  const created = await createArticle(page, { label: "conflict", body: "Original." });
  const admin = await browser.newContext({ storageState: storageStatePath("admin") });
  const other = await admin.newPage();
  await other.goto(`/admin/news/${created.id}`);
  await page.goto(`/admin/news/${created.id}`);

  await other.getByLabel("Body", { exact: true }).fill("The admin's version.");
  await save(other);
  await expect(other.getByRole("status").filter({ hasText: "Saved at" })).toBeVisible();

  const mine = "The editor's version, typed with care.\n\nTwo paragraphs of it.";
  await page.getByLabel("Body", { exact: true }).fill(mine);
  await save(page);
  await expect(page.locator("form [role=alert]")).toContainText("Not saved: E2E Admin (admin@e2e.test) saved this article at");
  await expect(page.getByLabel("Body", { exact: true })).toHaveValue(mine);

  await page.getByRole("button", { name: "Save mine anyway (replaces theirs)" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved at" })).toContainText("version 3");
  await other.reload();
  await expect(other.getByLabel("Body", { exact: true })).toHaveValue(mine);
  await admin.close();
});

test("unsaved typing survives a reload: the copy in the browser is offered back", async ({ page }) => {
  const created = await createArticle(page, { label: "autosave", body: "Saved text." });
  page.on("dialog", (dialog) => dialog.accept()); // the "leave the page?" question
  await page.getByLabel("Body", { exact: true }).fill("Typed but never saved.");
  await page.waitForTimeout(1_500);
  await page.reload();
  await expect(page.getByText("This browser kept unsaved changes to this article")).toBeVisible();
  await expect(page.getByLabel("Body", { exact: true })).toHaveValue("Saved text.");
  await page.getByRole("button", { name: "Restore them" }).click();
  await expect(page.getByLabel("Body", { exact: true })).toHaveValue("Typed but never saved.");
  await save(page);
  await expect(page.getByRole("status").filter({ hasText: "Saved at" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Body", { exact: true })).toHaveValue("Typed but never saved.");
  await expect(page.getByText("This browser kept unsaved changes")).toHaveCount(0);
  expect(created.id).toBeGreaterThan(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an editor creates and edits an article, and a refused save keeps the text", async ({ page }) => {
    const title = uniqueTitle("nojs");
    await page.goto("/admin/news/new");
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByLabel("Slug (the end of the address)").fill(title);
    await page.getByLabel("Body", { exact: true }).fill("Broken <script>x</script> body.");
    await page.getByRole("button", { name: "Create article" }).click();
    await expect(page.locator("form [role=alert]")).toContainText("Nothing was saved yet");
    await expect(page.getByLabel("Body", { exact: true })).toHaveValue("Broken <script>x</script> body.");
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
    await page.getByLabel("Body", { exact: true }).fill("Fine body.");
    await page.getByRole("button", { name: "Create article" }).click();
    await expect(page).toHaveURL(/\/admin\/news\/\d+\?saved=created$/);
    made.push(Number(/\/admin\/news\/(\d+)/.exec(page.url())![1]));
    await expect(page.getByLabel("Slug (the end of the address)")).toHaveValue(/^e2e-news-nojs-/);
  });

  test("delete asks for confirmation on its own page; then the article is gone from the site, feed, RSS and sitemap", async ({ page, browser, request }) => {
    const withJs = await browser.newContext({ storageState: storageStatePath("editor") });
    const created = await createArticle(await withJs.newPage(), { label: "delete" });
    await withJs.close();
    const path = `/en/news/${created.slug}`;
    expect(await publicStatus(request, path)).toBe(200);
    expect(await (await request.get("/en/feed.xml")).text()).toContain(path);
    expect(await (await request.get("/sitemap.xml")).text()).toContain(path);

    await page.goto(`/admin/news/${created.id}`);
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
