// The partners part of the staff area in Russian (issue 11, item 5: the main
// admin flows run once in Russian). In the public-writes project (playwright
// config), as it adds a partner; the partner is saved hidden, so no public page
// changes.
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./fixtures/staff";

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
    await page.getByLabel("Показывать на сайте").uncheck();
    await page.getByRole("button", { name: "Добавить партнёра" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Изменить партнёра: Partner ${name}`);
    await expect(page.getByRole("status").filter({ hasText: "Партнёр добавлен" })).toBeVisible();
  });
});
