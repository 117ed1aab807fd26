// A news cover image in a real browser against `next start`: an editor adds
// one to an article, the public article shows it (served from /media with its
// size and alt text), the editor's next text save is not refused as stale,
// and removing the cover takes it off the public page.
import sharp from "sharp";
import { expect, test, type Page } from "@playwright/test";
import { deleteMadeArticles } from "./fixtures/news-cleanup";
import { storageStatePath } from "./fixtures/staff";
import { NewsEditorPage } from "./pages/news-editor";
import { expectDecoded } from "./support";

test.use({ storageState: storageStatePath("editor") });

const made: number[] = [];
test.afterEach(({ browser }) => deleteMadeArticles(browser, made));

/** A photo-like JPEG wider than the stored cover bound (1600 px), so it is scaled down. */
async function coverJpeg(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="1200">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#0b3d91"/><stop offset="1" stop-color="#e0a030"/></linearGradient></defs>
    <rect width="2400" height="1200" fill="url(#g)"/><circle cx="1700" cy="500" r="320" fill="#ffffff" fill-opacity="0.35"/>
    <text x="160" y="1000" font-family="sans-serif" font-size="180" fill="#fff">Forum 2012</text></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
}

async function createPublishedArticle(page: Page): Promise<{ id: number; slug: string; title: string }> {
  const title = `E2E news cover ${Date.now().toString(36)}${test.info().workerIndex}`;
  const editor = new NewsEditorPage(page);
  await editor.gotoNew();
  await expect(page.getByText("Save the article first to add a cover image")).toBeVisible();
  await editor.fill({ title, lede: `Lede of ${title}.`, body: "The plenary session opened at ten.", status: "published" });
  const id = await editor.create();
  made.push(id);
  const slug = await editor.slug.inputValue();
  return { id, slug, title };
}

test("an editor adds a cover, the public article shows it, the text still saves, and removing it takes it off", async ({ page }) => {
  const { id, slug, title } = await createPublishedArticle(page);
  const editor = new NewsEditorPage(page);
  const alt = "Delegates in the forum's main hall";

  // Upload with an alt text; the progress bar shows while the bytes go up.
  const section = page.locator("#cover");
  await section.getByLabel("Image file").setInputFiles({ name: "cover.jpg", mimeType: "image/jpeg", buffer: await coverJpeg() });
  await section.getByLabel("Description of the image (alt text)").fill(alt);
  await page.evaluate(() => {
    const seen = ((window as unknown as { seen: { progress: boolean } }).seen = { progress: false } as { progress: boolean });
    new MutationObserver(() => {
      if (document.querySelector("progress#cover-progress")) seen.progress = true;
    }).observe(document.body, { subtree: true, childList: true });
  });
  await section.getByRole("button", { name: "Upload cover" }).click();
  await expect(section.getByRole("status")).toContainText("Cover saved.");
  expect(await page.evaluate(() => (window as unknown as { seen: { progress: boolean } }).seen.progress)).toBe(true);
  const thumbnail = section.getByRole("img", { name: `Current cover: ${alt}` });
  await expect(thumbnail).toHaveAttribute("src", /^\/media\/[0-9a-f]{64}\.jpg$/);
  await expectDecoded(thumbnail);

  // The open form's next save is not refused: the cover did not move the text's version.
  await editor.title.fill(`${title} (edited)`);
  await editor.save();
  await expect(editor.savedNotice).toBeVisible();

  // The public article: the cover with its size and alt text, served from /media.
  const mediaResponses: number[] = [];
  page.on("response", (r) => {
    if (/\/media\/[0-9a-f]{64}\.jpg$/.test(r.url())) mediaResponses.push(r.status());
  });
  await page.goto(`/en/news/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} (edited)`);
  const cover = page.locator("img.article__cover");
  await expect(cover).toHaveAttribute("alt", alt);
  await expect(cover).toHaveAttribute("width", "1600");
  await expect(cover).toHaveAttribute("height", "800");
  await expectDecoded(cover);
  expect(mediaResponses).toContain(200);
  const src = await cover.getAttribute("src");
  const direct = await page.request.get(src!);
  expect(direct.status()).toBe(200);
  expect(direct.headers()["content-type"]).toBe("image/jpeg");

  // Remove it: gone from the editor and from the public page.
  await editor.goto(id);
  await page.locator("#cover").getByRole("button", { name: "Remove cover" }).click();
  await expect(page.locator("#cover").getByRole("status")).toContainText("Cover removed.");
  await expect(page.locator("#cover").getByText("No cover image")).toBeVisible();
  await page.goto(`/en/news/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} (edited)`);
  await expect(page.locator("img.article__cover")).toHaveCount(0);
});

test("a wrongly typed file is refused with an alert inside the cover form", async ({ page }) => {
  const { id } = await createPublishedArticle(page);
  await new NewsEditorPage(page).goto(id);
  const form = page.getByRole("form", { name: "Cover image" });
  await form.getByLabel("Image file").setInputFiles({ name: "cover.jpg", mimeType: "image/jpeg", buffer: Buffer.from("MZ this is not an image at all") });
  await form.getByLabel("Description of the image (alt text)").fill("Nothing");
  await form.getByRole("button", { name: "Upload cover" }).click();
  await expect(form.getByRole("alert")).toContainText("not a PNG, JPEG, WebP or SVG image");
  await expect(page.locator("#cover").getByText("No cover image")).toBeVisible();
});
