import { expect, test } from "@playwright/test";
import { visit } from "./support";

const paths = ["/en", "/ru/news", "/en/news/no-sense-of-synergetic-effect-of-cooperation-in-russian-economy", "/ru/partners", "/en/program", "/ru/program/PL3NRY-regiony-innovatsiy", "/ru/speakers", "/en/speakers/natalia-zhuravleva"];

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("a visitor reads and navigates the whole site", async ({ page }) => {
    await visit(page, "/en");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "News" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("News");
    await page.locator("main .news-item__title a").first().click();
    await expect(page.locator("article .prose")).toBeVisible();
    await page.locator(".lang-switch").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await page.getByRole("navigation", { name: "Основная навигация" }).getByRole("link", { name: "Программа" }).click();
    await expect(page.locator("main article.session").first()).toBeVisible();
    await page.getByRole("navigation", { name: "Основная навигация" }).getByRole("link", { name: "Новости" }).click();
    await page.getByRole("link", { name: "2", exact: true }).click();
    await expect(page).toHaveURL(/\/ru\/news\/page\/2$/);
  });
});

test("no page makes a request to another host", async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(baseURL!) && !request.url().startsWith("data:")) foreign.push(request.url());
  });
  for (const path of paths) {
    await visit(page, path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState("networkidle");
  }
  expect(foreign).toEqual([]);
});

test("pages fit a 320 px phone without horizontal scrolling", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  for (const path of paths) {
    await visit(page, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test("keyboard focus is visible and the skip link leads to the content", async ({ page }) => {
  await visit(page, "/en");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Tab");
  const style = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { tag: el.tagName, outline: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(style.tag).toBe("A");
  expect(style.outline).not.toBe("none");
  expect(style.width).toBeGreaterThanOrEqual(2);
});

test("every page has a favicon", async ({ page, request }) => {
  await visit(page, "/en");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("image/");
});

// Issue 10: every public template is a plain HTML document (lib/html/site-page.tsx): no script to
// download or run (JSON-LD is data, not run), and a client router's request (RSC header) is refused
// with a 406 (app/api/not-a-router-page), never answered with the document.
test("public pages carry no JavaScript and refuse router requests", async ({ request }) => {
  const templates = [...paths, "/ru", "/en/partners", "/en/about", "/ru/venue", "/en/contacts", "/ru/news/page/2"];
  for (const path of templates) {
    const response = await request.get(path, { headers: { Accept: "text/html" } });
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length, path).toBeGreaterThan(0);
    expect(scripts.filter((tag) => tag !== '<script type="application/ld+json">'), path).toEqual([]);
    expect(html, path).not.toMatch(/\/_next\/static\/chunks\/[^"]*\.js"/); // no script preloads either (the CSS lives there too)
    const router = await request.get(path, { headers: { RSC: "1" } }); // after Next's 307 to `?_rsc`
    expect(router.status(), `${path} as a router request`).toBe(406);
  }
});
