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

test.describe("the partners part in Russian", () => {
  test.use({ storageState: storageStatePath("editor"), locale: "ru-RU" });

  test("a refused partner says what to fix in Russian, keeps the input, and the saved one is announced in Russian", async ({ page }) => {
    const name = `Партнёр ${Date.now()}`;
    await page.goto("/admin/partners/new");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Добавить партнёра");
    await page.getByLabel("Название по-русски").fill(name);
    await page.getByLabel("Сайт", { exact: true }).fill("ftp://example.com");
    await page.getByRole("button", { name: "Добавить партнёра" }).click();

    const summary = page.locator(".error-summary");
    await expect(summary).toContainText("Исправьте, пожалуйста, 3 поля:");
    await expect(summary).toContainText("Введите название партнёра по-английски.");
    await expect(summary).toContainText("Адрес сайта должен начинаться с https:// или http://.");
    await expect(summary).toContainText("Выберите роль партнёра.");
    await expect(page.getByLabel("Название по-русски")).toHaveValue(name);
    await page.getByLabel("Роль", { exact: true }).selectOption({ index: 1 });

    await page.getByLabel("Название по-английски").fill(`Partner ${name}`);
    await page.getByLabel("Сайт", { exact: true }).fill("https://example.com");
    await page.getByRole("button", { name: "Добавить партнёра" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Изменить партнёра: Partner ${name}`);
    await expect(page.getByRole("status").filter({ hasText: "Партнёр добавлен" })).toBeVisible();
  });
});
