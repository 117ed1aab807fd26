// axe-core on every public template in both locales, in Chromium: 0 violations.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// axe walks every node of the page: the programme (24 sessions, 40 people) takes it
// past the default 30 s when the 2-core machine is busy with the parallel worker.
test.describe.configure({ timeout: 90_000 });

for (const locale of ["en", "ru"] as const) {
  const word = locale === "ru" ? "форум" : "forum";
  const templates = [`/${locale}`, `/${locale}/news`, `/${locale}/news/page/2`, `/${locale}/partners`, `/${locale}/about`, `/${locale}/program`, `/${locale}/venue`, `/${locale}/contacts`, `/${locale}/search?q=${encodeURIComponent(word)}`, `/${locale}/search`];
  for (const path of templates) {
    test(`${path} has no axe violations`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }

  test(`a ${locale} article has no axe violations`, async ({ page, request }) => {
    const feed = await (await request.get(`/${locale}/news`)).text();
    const article = new RegExp(`href="(/${locale}/news/(?!page/)[^"]+)"`).exec(feed)![1]!;
    await page.goto(article);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
