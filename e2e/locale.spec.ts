import { expect, test } from "@playwright/test";
import { fixtureSlugs } from "./fixtures/articles";
import { visit } from "./support";

test("/ redirects by Accept-Language, English by default", async ({ request }) => {
  const cases: [string | undefined, string][] = [
    ["ru-RU,ru;q=0.9,en;q=0.8", "/ru"],
    ["en-US,en;q=0.9", "/en"],
    ["de-DE,de;q=0.9,ru;q=0.5", "/ru"],
    ["fr-FR", "/en"],
    [undefined, "/en"],
  ];
  for (const [header, target] of cases) {
    const response = await request.get("/", { headers: header ? { "Accept-Language": header } : {}, maxRedirects: 0 });
    expect(response.status(), String(header)).toBe(307);
    expect(new URL(response.headers()["location"]!, "http://x").pathname).toBe(target);
  }
});

test("the language switcher goes to the same page in the other locale", async ({ page }) => {
  for (const [from, to] of [
    ["/en", "/ru"],
    ["/ru/news", "/en/news"],
    ["/en/partners", "/ru/partners"],
    ["/ru/program", "/en/program"],
    ["/en/news/no-sense-of-synergetic-effect-of-cooperation-in-russian-economy", "/ru/news/v-rossiyskoy-ekonomike-net-oshchushcheniya-sinergii"],
  ]) {
    await visit(page, from!);
    await page.locator(".lang-switch").click();
    await expect(page).toHaveURL(new RegExp(`${to}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", to!.slice(1, 3));
  }
});

test("an article without a translation switches to the other locale's news feed", async ({ page }) => {
  await visit(page, `/en/news/${fixtureSlugs.untranslated}`);
  await page.locator(".lang-switch").click();
  await expect(page).toHaveURL(/\/ru\/news$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Новости");
});

test("dates follow the locale's format", async ({ page }) => {
  await visit(page, "/en/news/no-sense-of-synergetic-effect-of-cooperation-in-russian-economy");
  await expect(page.locator("article time").first()).toHaveText("April 21, 2012");
  await visit(page, "/ru/news/v-rossiyskoy-ekonomike-net-oshchushcheniya-sinergii");
  await expect(page.locator("article time").first()).toHaveText("21 апреля 2012 г.");
});
