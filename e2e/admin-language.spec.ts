// The staff area in Russian and English (issue 11, item 5): the browser's
// language picks the default, the header's switch changes it with and without
// JavaScript, and the choice is remembered on the user's account, so it
// follows them to another browser. The switching tests use an editor of their
// own (e2e/fixtures/staff.ts: languageEditor) and run one after another: the
// shared accounts' language must stay unset for every other spec.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { staff, storageStatePath } from "./fixtures/staff";
import { AdminSignInPage } from "./pages/admin-sign-in";

const nav = (page: Page, name: string) => page.getByRole("navigation", { name });

/** Signs the language editor in (in an English browser) and returns its cookies for other contexts. */
async function languageEditorState(browser: Browser) {
  const context = await browser.newContext({ locale: "en-US" });
  const signIn = new AdminSignInPage(await context.newPage());
  await signIn.signIn(staff.languageEditor.email, staff.languageEditor.password);
  await signIn.page.waitForURL(/\/admin\/news/);
  const state = await context.storageState();
  await context.close();
  return state;
}

test.describe("as an admin whose browser prefers Russian", () => {
  test.use({ storageState: storageStatePath("admin"), locale: "ru-RU" });

  test("the shell and the audit log are in Russian, with its page title, and dates are Russian", async ({ page }) => {
    await page.goto("/admin/audit");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Журнал изменений");
    await expect(nav(page, "Разделы").getByRole("link", { name: "Новости" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Выйти" })).toBeVisible();
    await expect(page).toHaveTitle(/Журнал изменений/);
    // Dates are Russian ("30 нояб. 2026 г., 14:40"): the users list always has one, the admin's own last sign-in.
    await page.goto("/admin/users");
    await expect(page.locator("table time").first()).toHaveText(/\d{1,2} [а-я]+\.? \d{4}/);
  });
});

test.describe("the switch", () => {
  test.describe.configure({ mode: "serial" });

  test("turns the admin to English, for good and on another browser, then back to Russian", async ({ browser }) => {
    const state = await languageEditorState(browser);
    const russianBrowser = await browser.newContext({ storageState: state, locale: "ru-RU" });
    const page = await russianBrowser.newPage();
    await page.goto("/admin/partners");
    // A retry finds the account already in English: start from Russian either way.
    if (await page.getByRole("button", { name: "Русский" }).isVisible()) await page.getByRole("button", { name: "Русский" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Партнёры");

    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partners");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.reload();
    await expect(nav(page, "Admin").getByRole("link", { name: "News" })).toBeVisible();

    // Another browser, with no language cookie and a Russian Accept-Language: the account's choice wins.
    const otherBrowser = await browser.newContext({ storageState: { ...state, cookies: state.cookies.filter((c) => c.name !== "podium_admin_lang") }, locale: "ru-RU" });
    const other = await otherBrowser.newPage();
    await other.goto("/admin/partners");
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Partners");

    await other.getByRole("button", { name: "Русский" }).click();
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Партнёры");
    await otherBrowser.close();
    await russianBrowser.close();
  });

  test("works with JavaScript off: the form posts and the same page comes back in the other language", async ({ browser }) => {
    const state = await languageEditorState(browser);
    const context = await browser.newContext({ storageState: state, locale: "ru-RU", javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/admin/partners");
    await expect(nav(page, "Разделы").getByRole("link", { name: "Партнёры" })).toBeVisible();
    await page.getByRole("button", { name: "English" }).click();
    await expect(nav(page, "Admin").getByRole("link", { name: "Partners" })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe("/admin/partners");
    await page.getByRole("button", { name: "Русский" }).click();
    await expect(nav(page, "Разделы").getByRole("link", { name: "Партнёры" })).toBeVisible();
    await context.close();
  });

  test("a forged language value changes nothing and is not an error", async ({ browser }) => {
    const state = await languageEditorState(browser);
    const context = await browser.newContext({ storageState: state, locale: "ru-RU" });
    const page = await context.newPage();
    await page.goto("/admin/partners");
    const cookieBefore = (await context.cookies()).find((c) => c.name === "podium_admin_lang")?.value ?? null;
    // Turn the switch's hidden value into something that is not a language, then submit it.
    await page.locator('form input[name="language"]').evaluate((input: HTMLInputElement) => (input.value = "fr"));
    await page.getByRole("button", { name: "English" }).click();
    await expect(nav(page, "Разделы").getByRole("link", { name: "Партнёры" })).toBeVisible();
    expect((await context.cookies()).find((c) => c.name === "podium_admin_lang")?.value ?? null).toBe(cookieBefore);
    await context.close();
  });
});
