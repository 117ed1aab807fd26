// The programme admin in Russian (issue 11, item 5): an editor whose browser
// prefers Russian adds a session with an end before its start, reads the
// refusal in Russian with everything typed kept, fixes the time and saves;
// the notice is Russian and the Russian overview lists the session under a
// Russian day heading, with the edition's dates in Russian and its own zone
// named as the public site names it ("время пермское"). It adds a session to
// the demo programme, so it runs in the public-writes project.
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./fixtures/staff";

test.use({ storageState: storageStatePath("editor"), locale: "ru-RU", extraHTTPHeaders: { "Accept-Language": "ru-RU,ru;q=0.9" } });
test.describe.configure({ timeout: 120_000 });
// A save compiles two MDX bodies and expires every programme page: more than the default 5 s on a loaded 2-core machine.
const slowExpect = expect.configure({ timeout: 15_000 });

test("a refused session is explained in Russian with the input kept; the saved one is in the Russian overview", async ({ page }) => {
  const run = Date.now().toString(36);
  const title = { en: `Regional clusters ${run}`, ru: `Региональные кластеры ${run}` };

  await page.goto("/admin/program");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Программа");
  await expect(page).toHaveTitle(/Программа/);
  // The edition's dates in Russian (the date's own "г." ends it: no second full stop), its times in its own zone, named in Russian.
  await expect(page.locator(".program-admin__edition p")).toContainText(/^19\s+апреля\s+2012\s+г\.\s+–\s+21\s+апреля\s+2012\s+г\.;\s+часовой пояс: время пермское, UTC\+\d\.\s+Программа опубликована\.$/);
  await page.getByRole("link", { name: "Добавить сессию" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Добавить сессию");
  await expect(page.getByText(/^Даты форума: 19\s+апреля\s+2012\s+г\.\s+–\s+21\s+апреля\s+2012\s+г\.$/)).toBeVisible();
  await page.getByLabel("День", { exact: true }).fill("2012-04-20");
  await page.getByLabel("Начало", { exact: true }).fill("16:00");
  await page.getByLabel("Окончание", { exact: true }).fill("15:00");
  await page.getByLabel("Формат", { exact: true }).selectOption({ label: "Panel discussion" });
  await page.getByLabel("Название (по-английски)").fill(title.en);
  await page.getByLabel("Название (по-русски)").fill(title.ru);
  await page.getByLabel("Краткое описание (по-русски)").fill("Как регионы растят свои кластеры.");
  await page.getByRole("button", { name: "Добавить сессию" }).click();

  const summary = page.locator(".error-summary");
  await slowExpect(summary).toContainText("Исправьте, пожалуйста:");
  await expect(summary).toContainText("Окончание");
  await expect(summary).toContainText("Сессия должна заканчиваться позже, чем начинается.");
  await expect(page.locator("#end-error")).toContainText("Сессия должна заканчиваться позже, чем начинается.");
  // Nothing the editor typed is lost.
  await expect(page.getByLabel("Название (по-английски)")).toHaveValue(title.en);
  await expect(page.getByLabel("Название (по-русски)")).toHaveValue(title.ru);
  await expect(page.getByLabel("Краткое описание (по-русски)")).toHaveValue("Как регионы растят свои кластеры.");
  await expect(page.getByLabel("Начало", { exact: true })).toHaveValue("16:00");
  await expect(page.getByLabel("Окончание", { exact: true })).toHaveValue("15:00");

  await page.getByLabel("Окончание", { exact: true }).fill("17:30");
  await page.getByRole("button", { name: "Добавить сессию" }).click();
  await slowExpect(page.getByRole("main").getByRole("status")).toHaveText("Сессия добавлена. Она уже в программе на сайте (если программа опубликована).");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title.en);
  await expect(page.getByRole("button", { name: "Сохранить изменения" })).toBeVisible();

  await page.getByRole("link", { name: "← Программа" }).click();
  const day = page.locator("section").filter({ has: page.getByRole("heading", { name: "Пятница, 20 апреля", exact: true }) });
  const row = day.getByRole("row").filter({ has: page.getByRole("link", { name: title.en }) });
  await expect(row).toContainText("16:00–17:30");
  await expect(row).toContainText(title.ru);
  await expect(day.getByRole("columnheader", { name: "Сессия" })).toBeVisible();
});
