// Site search as visitors and crawlers meet it: a plain GET form in every
// header, results without JavaScript, grouped by kind with marked snippets,
// noindex, "did you mean", and answers (never a 500) for whatever is typed.
import { expect, test } from "@playwright/test";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header's form searches, and results come grouped with marked words", async ({ page }) => {
    await page.goto("/ru/about");
    await page.getByRole("searchbox", { name: "Поиск по сайту" }).first().fill("форумы");
    await page.getByRole("button", { name: "Найти" }).first().click();
    await expect(page).toHaveURL(/\/ru\/search\?q=%D1%84%D0%BE%D1%80%D1%83%D0%BC%D1%8B$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Поиск: форумы");
    const news = page.getByRole("region", { name: "Новости" });
    await expect(news.getByRole("listitem").first()).toBeVisible();
    await expect(news.locator("mark").first()).toHaveText(/^форум/i);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
  });
});

test("event pages and partners are found in their own groups", async ({ page }) => {
  await page.goto("/en/search?q=exhibition%20centre");
  await expect(page.getByRole("region", { name: "Event pages" }).getByRole("link", { name: "Venue" })).toHaveAttribute("href", "/en/venue");
  await page.goto(`/ru/search?q=${encodeURIComponent("ПермТелеком")}`);
  await expect(page.getByRole("region", { name: "Партнёры" }).getByRole("link", { name: "ПермТелеком" })).toHaveAttribute("href", "/ru/partners");
});

test("programme sessions and speakers are found in their own groups, at their pages", async ({ page }) => {
  await page.goto(`/ru/search?q=${encodeURIComponent("машиностроение")}`);
  const sessions = page.getByRole("region", { name: "Сессии программы" });
  await expect(sessions.getByRole("link", { name: /^Машиностроение/ })).toHaveAttribute("href", /^\/ru\/program\/[A-Z2-9]{6}-/);
  await page.goto("/en/search?q=Gromov");
  await expect(page.getByRole("region", { name: "Speakers" }).getByRole("link", { name: "Pavel Gromov" })).toHaveAttribute("href", "/en/speakers/pavel-gromov");
});

test("results page by ten, and the next page shows others", async ({ page }) => {
  await page.goto(`/ru/search?q=${encodeURIComponent("форум")}`);
  const firstPage = await page.getByRole("region", { name: "Новости" }).getByRole("heading", { level: 3 }).allTextContents();
  expect(firstPage).toHaveLength(10);
  await page.getByRole("link", { name: /Старше|Older/ }).click();
  await expect(page).toHaveURL(/page=2/);
  const secondPage = await page.getByRole("region", { name: "Новости" }).getByRole("heading", { level: 3 }).allTextContents();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);
});

test("nothing found: a suggestion that finds something", async ({ page }) => {
  await page.goto(`/ru/search?q=${encodeURIComponent("Мосва")}`);
  await expect(page.getByRole("status")).toContainText("Ничего не найдено");
  const suggestion = page.locator(".search-page__suggestion a");
  await expect(suggestion).toHaveText(/^Москв/);
  await suggestion.click();
  await expect(page.getByRole("region", { name: "Новости" }).getByRole("listitem").first()).toBeVisible();
});

test("what a visitor types is shown as text, never as markup", async ({ request }) => {
  const response = await request.get(`/en/search?q=${encodeURIComponent("<script>alert(1)</script> <b>forum</b>")}`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).not.toContain("<script>alert(1)</script>");
  expect(html).not.toContain("<b>forum</b>");
  expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
});

test("bad input answers a page, never a 500", async ({ request }) => {
  const cases: [string, number][] = [
    ["/en/search", 200],
    ["/en/search?q=", 200],
    ["/en/search?q=%E0%A4%A", 200], // broken UTF-8
    [`/en/search?q=${"forum ".repeat(100)}`, 200], // too long: cut, with a notice
    ["/en/search?q=%22forum", 200], // unbalanced quote
    ["/en/search?q=-%20%7C%20%26%20!", 200], // lone operators
    ["/en/search?q=forum%00%07", 200], // control characters
    ["/en/search?q=forum&page=abc", 200],
    ["/en/search?q=forum&page=999999", 200],
    ["/en/search/extra", 404],
    ["/xx/search?q=forum", 404],
  ];
  for (const [path, status] of cases) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
  }
  const long = await (await request.get(`/en/search?q=${"forum ".repeat(100)}`)).text();
  expect(long).toContain("at most 200 characters");
});
