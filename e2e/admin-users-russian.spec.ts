// The users part and the sign-in page in Russian (issue 11, item 5: the main
// admin flows run once in Russian). The browser asks for Russian (ru-RU), so
// with no language chosen the staff area answers in Russian. In the chromium
// project: it adds an editor with a unique email, which no public page shows.
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./fixtures/staff";

const uniqueEmail = (label: string) => `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.test`;

test.describe("the users part in Russian", () => {
  test.use({ storageState: storageStatePath("admin"), locale: "ru-RU" });

  test("the list is in Russian; a bad email is refused in Russian with the input kept; the invite shows the temporary password in Russian", async ({ page }) => {
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Пользователи");
    await expect(page.getByRole("columnheader", { name: "Двухфакторный вход" })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "admin@e2e.test" })).toContainText("администратор");

    await page.getByRole("link", { name: "Пригласить пользователя" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Пригласить пользователя");
    const name = `Редактор ${Date.now()}`;
    // "name@example" passes the browser's own email check but not the server's (no domain ending).
    await page.getByLabel("Почта").fill("name@example");
    await page.getByLabel("Имя").fill(name);
    await page.getByRole("button", { name: "Создать пользователя" }).click();

    const summary = page.locator(".error-summary");
    await expect(summary).toContainText("Некоторые поля нужно исправить. Ничего не сохранено.");
    await expect(summary).toContainText("Введите адрес почты вида name@example.com.");
    await expect(page.getByLabel("Почта")).toHaveValue("name@example");
    await expect(page.getByLabel("Почта")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Имя")).toHaveValue(name);
    await expect(page.getByRole("combobox", { name: "Роль" })).toHaveValue("editor");

    const email = uniqueEmail("russian-invite");
    await page.getByLabel("Почта").fill(email);
    await page.getByRole("button", { name: "Создать пользователя" }).click();
    await expect(page.getByRole("status").filter({ hasText: `${name} теперь может войти как ${email}` })).toBeVisible();
    const notice = page.locator(".user-temp-password");
    await expect(notice).toContainText("Временный пароль:");
    await expect(notice).toContainText("Он показан только сейчас.");
    await expect(page.getByTestId("temporary-password")).toHaveText(/^\S{4}-\S{4}-\S{4}-\S{4}$/);

    await page.getByRole("link", { name: "Ко всем пользователям" }).click();
    const row = page.getByRole("row").filter({ hasText: email });
    await expect(row).toContainText("редактор");
    await expect(row).toContainText("Временный пароль");
    await expect(row).toContainText("Ни разу");
  });
});

test.describe("the sign-in page in Russian", () => {
  // Signed out, and from an address and an email of its own, so no shared account's throttle moves.
  test.use({ storageState: { cookies: [], origins: [] }, locale: "ru-RU", extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.231" } });

  test("labels and a wrong password's refusal are in Russian", async ({ page }) => {
    await page.goto("/admin/login");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Вход в управление сайтом форума");
    await expect(page).toHaveTitle(/Вход/);
    const email = uniqueEmail("russian-sign-in");
    await page.getByLabel("Почта").fill(email);
    await page.getByLabel("Пароль").fill("not-the-password");
    await page.getByRole("button", { name: "Войти" }).click();
    await expect(page.locator("main").getByRole("alert")).toHaveText("Неверная почта или пароль.");
    await expect(page.getByLabel("Почта")).toHaveValue(email);
  });
});
