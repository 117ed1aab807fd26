import { expect, test } from "@playwright/test";
import { expectWellFormedPage, visit } from "./support";

const expected = {
  en: { name: "Perm Regional Innovation Forum", month: "April", city: "Perm, Russia", latest: "Latest news" },
  ru: { name: "Пермский региональный инновационный форум", month: "апреля", city: "Пермь, Россия", latest: "Последние новости" },
} as const;

for (const locale of ["en", "ru"] as const) {
  test(`home page in ${locale}: forum facts, latest five news, partner wall`, async ({ page }) => {
    const response = await visit(page, `/${locale}`);
    await expectWellFormedPage(page, response);
    const e = expected[locale];
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(e.name);
    await expect(page).toHaveTitle(e.name);
    const hero = page.locator(".hero");
    await expect(hero).toContainText(e.city);
    await expect(hero.locator("time").first()).toContainText(e.month);
    await expect(hero.locator("time").first()).toContainText("2012");
    const latest = page.getByRole("region", { name: e.latest });
    await expect(latest.locator(".news-item")).toHaveCount(5);
    // The wall in the footer: organizers, operator, then partners.
    const footer = page.locator("footer");
    await expect(footer.getByRole("heading", { name: locale === "en" ? "Organizers" : "Организаторы" })).toBeVisible();
    await expect(footer.getByRole("heading", { name: locale === "en" ? "Forum operator" : "Оператор форума" })).toBeVisible();
    await expect(footer.locator(".partner-card")).toHaveCount(46);
  });
}

test("main navigation lists news, the four event pages and partners", async ({ page }) => {
  await visit(page, "/en");
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(nav.getByRole("link")).toHaveText(["News", "About", "Program", "Venue", "Contacts", "Partners"]);
  await visit(page, "/ru");
  const navRu = page.getByRole("navigation", { name: "Основная навигация" });
  await expect(navRu.getByRole("link")).toHaveCount(6);
});
