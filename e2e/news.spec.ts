import { expect, test } from "@playwright/test";
import { fixtureSlugs } from "./fixtures/articles";
import { expectWellFormedPage, visit } from "./support";

const seedArticle = {
  en: {
    slug: "no-sense-of-synergetic-effect-of-cooperation-in-russian-economy",
    title: "There is no sense of the synergetic effect of cooperation in the Russian economy",
    date: "April 21, 2012",
    back: "Back to news feed",
  },
  ru: {
    slug: "v-rossiyskoy-ekonomike-net-oshchushcheniya-sinergii",
    title: "В российской экономике нет ощущения синергии",
    date: "21 апреля 2012",
    back: "Вернуться к ленте новостей",
  },
} as const;

for (const locale of ["en", "ru"] as const) {
  test(`news feed in ${locale}: 10 per page, newest first, two pages`, async ({ page }) => {
    const response = await visit(page, `/${locale}/news`);
    await expectWellFormedPage(page, response);
    const items = page.locator("main .news-item");
    await expect(items).toHaveCount(10);
    const dates = await items.locator("time").evaluateAll((els) => els.map((el) => el.getAttribute("datetime") ?? ""));
    expect([...dates].sort().reverse()).toEqual(dates);
    await expect(items.first().locator(".news-item__lede")).not.toBeEmpty();

    await page.getByRole("navigation", { name: locale === "en" ? "News pages" : "Страницы новостей" }).getByRole("link", { name: "2", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/news/page/2$`));
    const second = page.locator("main .news-item");
    expect(await second.count()).toBeGreaterThanOrEqual(5);
    const secondDates = await second.locator("time").evaluateAll((els) => els.map((el) => el.getAttribute("datetime") ?? ""));
    expect(secondDates[0]! <= dates.at(-1)!).toBe(true);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/${locale}/news/page/2$`));
  });

  test(`article in ${locale}: title, date, MDX body, back link, footer`, async ({ page }) => {
    const a = seedArticle[locale];
    const response = await visit(page, `/${locale}/news/${a.slug}`);
    await expectWellFormedPage(page, response);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(a.title);
    await expect(page.locator("article time").first()).toContainText(a.date);
    await expect(page.locator("article .prose p")).toHaveCount(4);
    await page.getByRole("link", { name: a.back }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/news$`));
  });
}

test("the English seed article carries the seed's text", async ({ page }) => {
  await visit(page, `/en/news/${seedArticle.en.slug}`);
  const body = page.locator("article .prose");
  await expect(body).toContainText("“When you’re making a piece of equipment, you need to order components from Malaysia");
  await expect(body).toContainText("Vasiliev said in his closing remarks to the discussion group.");
});

for (const bad of ["3", "0", "-1", "abc", "1.5", "2abc", "99999999999", ""]) {
  test(`feed page "${bad}" out of range or malformed answers 404`, async ({ page }) => {
    const response = await visit(page, `/en/news?page=${bad}`, 404);
    expect(await response.text()).toContain("Page not found");
    await expect(page).toHaveTitle(/Page not found/);
  });
}

test("the older ?page=N addresses and /news/page/1 answer 301 to the feed page's address", async ({ request }) => {
  for (const [from, to] of [
    ["/en/news?page=2", "/en/news/page/2"],
    ["/ru/news?page=1", "/ru/news"],
    ["/en/news/page/1", "/en/news"],
  ]) {
    const response = await request.get(from!, { maxRedirects: 0 });
    expect(response.status(), from).toBe(301);
    const location = new URL(response.headers().location!, "http://any.host");
    expect(location.pathname + location.search, from).toBe(to);
  }
  for (const bad of ["/en/news/page/3", "/en/news/page/0", "/en/news/page/abc", "/en/news/page/02"]) {
    expect((await request.get(bad, { maxRedirects: 0 })).status(), bad).toBe(404);
  }
});

test("unknown and malformed article slugs answer the 404 page", async ({ page }) => {
  for (const path of ["/en/news/no-such-article", "/ru/news/no-such-article", "/en/news/UPPER-Case", "/en/news/%E0%A4%A", "/en/news/a..b", "/en/news/x/y"]) {
    const response = await visit(page, path, 404);
    const html = await response.text();
    expect(html, path).toContain(path.startsWith("/ru") ? "Страница не найдена" : "Page not found");
    expect(html).not.toMatch(/at \w+ \(|node_modules/);
    await expect(page, path).toHaveTitle(/Page not found/);
  }
});

test("drafts and scheduled articles are never shown", async ({ page }) => {
  await visit(page, `/en/news/${fixtureSlugs.draft}`, 404);
  await visit(page, `/en/news/${fixtureSlugs.scheduled}`, 404);
  for (const path of ["/en/news", "/en/news/page/2", "/en"]) {
    const html = await (await visit(page, path)).text();
    expect(html).not.toContain(fixtureSlugs.draft);
    expect(html).not.toContain(fixtureSlugs.scheduled);
  }
});

test("a body that fails the MDX allowlist renders as escaped text with status 200", async ({ page }) => {
  const pwned: string[] = [];
  page.on("dialog", (d) => {
    pwned.push(d.message());
    void d.dismiss();
  });
  const response = await visit(page, `/en/news/${fixtureSlugs.hostile}`);
  const html = await response.text();
  expect(html).toContain("&lt;script&gt;window.__pwned = true&lt;/script&gt;");
  expect(html).not.toContain("<script>window.__pwned");
  expect(html).not.toContain("<iframe");
  await expect(page.locator(".mdx-fallback")).toContainText("<script>window.__pwned = true</script>");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  expect(pwned).toEqual([]);
});
