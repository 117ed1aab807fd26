import { expect, test } from "@playwright/test";
import { expectWellFormedPage, visit } from "./support";

const pages = {
  en: { about: "About the forum", program: "Program", venue: "Venue", contacts: "Contacts" },
  ru: { about: "О форуме", program: "Программа", venue: "Место проведения", contacts: "Контакты" },
} as const;

for (const locale of ["en", "ru"] as const) {
  for (const [slug, title] of Object.entries(pages[locale])) {
    test(`event page ${locale}/${slug}`, async ({ page }) => {
      const response = await visit(page, `/${locale}/${slug}`);
      await expectWellFormedPage(page, response);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page.locator("main .prose")).not.toBeEmpty();
      await expect(page.locator("main .mdx-fallback")).toHaveCount(0);
      const current = page.getByRole("navigation").first().locator('a[aria-current="page"]');
      await expect(current).toHaveAttribute("href", `/${locale}/${slug}`);
    });
  }
}

test("the program page keeps its introduction from content/ above the sessions", async ({ page }) => {
  await visit(page, "/en/program");
  await expect(page.locator("main .prose").first()).toContainText("Perm Fair Exhibition Centre");
  expect(await page.locator("main article.session").count()).toBeGreaterThanOrEqual(20);
});

test("unknown pages and unknown locales answer 404 with the site's 404 page", async ({ page }) => {
  for (const path of ["/en/no-such-page", "/ru/about/extra", "/fr", "/fr/news", "/de/about", "/en/news/page/0"]) {
    const response = await visit(page, path, 404);
    expect(await response.text(), path).toMatch(/Page not found|Страница не найдена/);
  }
});
