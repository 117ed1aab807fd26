// The news part of the staff area in Russian (issue 11, item 5: the main admin
// flows run once in Russian). In the public-writes project (playwright config),
// as it adds an article; the article is a draft, so no public page or count
// changes.
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./fixtures/staff";

test.describe("the news part in Russian", () => {
  test.use({ storageState: storageStatePath("editor"), locale: "ru-RU" });

  test("a refused article says what to fix in Russian and keeps the text; the saved draft is announced in Russian and listed as «Черновик»", async ({ page }) => {
    const title = `Черновик новости ${Date.now()}`;
    const lede = "Краткое изложение новости.";
    const body = "Первый абзац.\n\nВторой абзац.";
    await page.goto("/admin/news/new");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Новая новость");

    // A title of spaces only passes the browser's "required" and is refused by the server: nothing typed is lost.
    await page.getByLabel("Заголовок", { exact: true }).fill("   ");
    await page.getByLabel("Лид (краткое изложение)").fill(lede);
    await page.getByLabel("Текст", { exact: true }).fill(body);
    await page.getByLabel("Черновик: не на сайте").check();
    await page.getByRole("button", { name: "Создать новость" }).click();

    const refusal = page.locator("form").getByRole("alert");
    await expect(refusal).toContainText("Пока ничего не сохранено. Исправьте отмеченное ниже");
    await expect(refusal).toContainText("Введите заголовок.");
    await expect(page.getByLabel("Лид (краткое изложение)")).toHaveValue(lede);
    await expect(page.getByLabel("Текст", { exact: true })).toHaveValue(body);

    await page.getByLabel("Заголовок", { exact: true }).fill(title);
    await page.getByRole("button", { name: "Создать новость" }).click();
    await expect(page).toHaveURL(/\/admin\/news\/\d+\?saved=created$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Изменить новость");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Черновик");
    await expect(page.getByRole("status").filter({ hasText: "Новость создана. Это черновик: на сайте его не видно." })).toBeVisible();

    // A second save of the draft: the notice in Russian, with the version.
    await page.getByLabel("Автор (необязательно)").fill("Редакция");
    await page.getByRole("button", { name: "Сохранить", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: /Сохранено в .+ \(версия 2\)\. Это черновик: на сайте его не видно\./ })).toBeVisible();

    await page.goto(`/admin/news?q=${encodeURIComponent(title)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Новости");
    const row = page.getByRole("row").filter({ hasText: title });
    await expect(row).toHaveCount(1);
    // Written in the default language of a new article, English, as the language column says in Russian.
    await expect(row.getByRole("cell").nth(1)).toHaveText("Английский");
    await expect(row.locator(".badge")).toHaveText("Черновик");
  });

  test("a body with forbidden elements is refused in Russian, each problem at its line and column, in the live preview and on save (at 390 px)", async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const body = "Первый абзац.\n\n<script>alert(1)</script>\n\n<Unknown />";
    await page.goto("/admin/news/new");
    await page.getByLabel("Заголовок", { exact: true }).fill(`Новость с ошибками ${Date.now()}`);
    await page.getByLabel("Текст", { exact: true }).fill(body);

    // The live preview: the server's MDX check, worded in the editor's language.
    const pane = page.getByTestId("live-preview");
    await expect(pane).toContainText("Текст не получится показать, пока не исправлено следующее:");
    await expect(pane).toContainText("Строка 3, столбец 1: Элемент <script> не разрешён.");
    await expect(pane).toContainText("Строка 5, столбец 1: Элемент <Unknown> не разрешён.");

    // The save: refused, the problems listed under the body with buttons to their places, the text kept.
    await page.getByRole("button", { name: "Создать новость" }).click();
    await expect(page.locator("form").getByRole("alert")).toContainText("Пока ничего не сохранено");
    const problems = page.getByRole("list", { name: "Ошибки в тексте" });
    await expect(problems.getByRole("listitem")).toHaveText(["Строка 3, столбец 1: Элемент <script> не разрешён.", "Строка 5, столбец 1: Элемент <Unknown> не разрешён."]);
    await expect(page.getByLabel("Текст", { exact: true })).toHaveValue(body);

    // A phone's width: the problems wrap, the page does not scroll sideways.
    await problems.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: testInfo.outputPath("russian-body-problems-390.png") });
    await pane.screenshot({ path: testInfo.outputPath("russian-preview-problems-390.png") });
  });
});
