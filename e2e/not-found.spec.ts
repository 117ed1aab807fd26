// The 404 page as crawlers and readers without JavaScript get it: every kind of
// unknown address answers status 404 with the page's text in the HTML itself
// (read here without a browser), in the locale of the path, noindex, and with
// no accessibility violations (axe-core in Chromium).
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const heading = { en: "Page not found", ru: "Страница не найдена" } as const;

/** Every way an address can be unknown, and the locale its 404 page speaks. */
const unknown: [path: string, locale: "en" | "ru"][] = [
  ["/en/no-such-page", "en"], // an event page that does not exist
  ["/ru/no-such-page", "ru"],
  ["/ru/about/extra", "ru"], // a known page with an extra segment
  ["/en/news/no-such-article", "en"], // an unknown article (the article route's own 404)
  ["/ru/news/no-such-article", "ru"],
  ["/en/news/page/99999", "en"], // past the end of the feed
  ["/en/news?page=abc", "en"], // the old feed address with a bad page number
  ["/xx/news", "en"], // an unknown locale: the default locale's page
  ["/fr", "en"],
  ["/en/news/%E0%A4%A", "en"], // broken percent-encoding
];

for (const [path, locale] of unknown) {
  test(`${path} answers the ${locale} 404 page in its HTML`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"]).toContain("text/html");
    const html = await response.text();
    expect(html).not.toContain("__next_error__");
    expect(html).toContain(`<html lang="${locale}"`);
    expect(html).toMatch(new RegExp(`<h1[^>]*>${heading[locale]}</h1>`));
    expect(html).toMatch(/<meta name="robots" content="noindex"/);
    expect(html).toContain(`href="/${locale}"`); // home
    expect(html).toContain(`href="/${locale}/news"`); // news
    expect(html).toMatch(/<header[^>]*class="site-header"/);
  });
}

test("the 404 page reads the same with JavaScript off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto("/ru/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading.ru);
  await expect(page.getByRole("link", { name: "На главную" })).toHaveAttribute("href", "/ru");
  await context.close();
});

for (const locale of ["en", "ru"] as const) {
  test(`the ${locale} 404 page has no axe violations`, async ({ page }) => {
    await page.goto(`/${locale}/no-such-page`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading[locale]);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
