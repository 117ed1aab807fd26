import { expect, type Locator, type Page, type Response } from "@playwright/test";

export const locales = ["en", "ru"] as const;

/** Opens a path and asserts its HTTP status. */
export async function visit(page: Page, path: string, status = 200): Promise<Response> {
  const response = await page.goto(path);
  expect(response, `no response for ${path}`).not.toBeNull();
  expect(response!.status(), `status of ${path}`).toBe(status);
  return response!;
}

/** Waits until the image has loaded and decoded (a broken or missing one never gets a width). */
export async function expectDecoded(img: Locator) {
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
}

/** What every public page must have: one h1, its own title, description, canonical; nothing of the old PHP template. */
export async function expectWellFormedPage(page: Page, response: Response) {
  const html = await response.text();
  expect(html).not.toContain("<?");
  expect(html).not.toContain("?>");
  expect(html).not.toContain("return_links");
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.locator("header").first()).toBeVisible();
  await expect(page.locator("main")).toHaveCount(1);
  await expect(page.locator("footer")).toHaveCount(1);
  expect((await page.title()).length).toBeGreaterThan(3);
  const description = await page.locator('meta[name="description"]').getAttribute("content");
  expect(description?.length ?? 0).toBeGreaterThan(20);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(canonical).toMatch(/^https?:\/\//);
}
