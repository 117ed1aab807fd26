// The staff area in Russian and English (issue 11, item 5; first part: the
// shell and the audit log): the browser's language picks the default, the
// header's switch changes it with and without JavaScript, and the choice is
// kept across pages and reloads.
import { expect, test, type Page } from "@playwright/test";
import { storageStatePath } from "./fixtures/staff";

const nav = (page: Page, name: string) => page.getByRole("navigation", { name });

test.describe("as an admin whose browser prefers Russian", () => {
  test.use({ storageState: storageStatePath("admin"), locale: "ru-RU", extraHTTPHeaders: { "Accept-Language": "ru-RU,ru;q=0.9,en;q=0.5" } });

  test("the shell and the audit log are in Russian, with Russian dates, and the switch turns them to English for good", async ({ page }) => {
    await page.goto("/admin/audit");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Журнал изменений");
    await expect(nav(page, "Разделы").getByRole("link", { name: "Новости" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Выйти" })).toBeVisible();
    await expect(page).toHaveTitle(/Журнал изменений/);
    // Dates in the table, when there are entries, are Russian ("30 нояб. 2026 г., 14:40").
    const firstTime = page.locator("table time").first();
    if ((await firstTime.count()) > 0) await expect(firstTime).toHaveText(/\d{1,2} [а-я]+\.? \d{4}/);

    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(nav(page, "Admin").getByRole("link", { name: "News" })).toBeVisible();

    // Kept: another page, then a reload, still English although the browser prefers Russian.
    await page.goto("/admin/audit?entity=user");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
    await page.reload();
    await expect(page.getByRole("button", { name: "Русский" })).toBeVisible();
  });
});

test.describe("with JavaScript off", () => {
  test.use({ storageState: storageStatePath("editor"), javaScriptEnabled: false });

  test("the switch posts the form and the same page comes back in the other language", async ({ page }) => {
    await page.goto("/admin/partners");
    await expect(nav(page, "Admin").getByRole("link", { name: "Partners" })).toBeVisible();
    await page.getByRole("button", { name: "Русский" }).click();
    await expect(nav(page, "Разделы").getByRole("link", { name: "Партнёры" })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe("/admin/partners");
    await expect(page.getByRole("button", { name: "English" })).toBeVisible();
  });
});

test("a forged language value changes nothing and is not an error", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStatePath("editor") });
  const page = await context.newPage();
  await page.goto("/admin/partners");
  // Turn the switch's hidden value into something that is not a language, then submit it.
  await page.locator('form input[name="language"]').evaluate((input: HTMLInputElement) => (input.value = "fr"));
  await page.getByRole("button", { name: "Русский" }).click();
  await expect(nav(page, "Admin").getByRole("link", { name: "Partners" })).toBeVisible();
  expect((await context.cookies()).some((c) => c.name === "podium_admin_lang")).toBe(false);
  await context.close();
});
