import { expect, test, type Browser, type Page } from "@playwright/test";
import { staff, storageStatePath } from "./fixtures/staff";

// Specs run in parallel with others: every user made here is a fresh editor with
// a unique email, and admin@e2e.test stays the only admin, enabled, signed in.

let ipCounter = 0;
/** A client IP of its own per test and per signed-in browser, so sign-in throttling of one never touches another. */
function nextIp(workerIndex: number): string {
  ipCounter += 1;
  return `203.0.113.${120 + ((workerIndex * 40 + ipCounter) % 80)}`;
}

const uniqueEmail = (label: string) => `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.test`;

test.beforeEach(async ({ page }, testInfo) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": nextIp(testInfo.workerIndex) });
});

/** Invites an editor through the form; answers the temporary password shown once. */
async function inviteEditor(page: Page, email: string, name: string): Promise<string> {
  await page.goto("/admin/users/new");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Name").fill(name);
  await page.getByRole("combobox", { name: "Role" }).selectOption("editor");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${name} can now sign in` })).toBeVisible();
  const password = (await page.getByTestId("temporary-password").textContent())?.trim() ?? "";
  expect(password).toMatch(/^\S{4}-\S{4}-\S{4}-\S{4}$/);
  return password;
}

/** A separate browser, signed in as that user from its own IP. */
async function signInElsewhere(browser: Browser, workerIndex: number, email: string, password: string) {
  // Signed out: not the admin's cookies that test.use() would otherwise give every new context.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { "X-Forwarded-For": nextIp(workerIndex) } });
  const page = await context.newPage();
  await page.goto("/admin/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  return { context, page };
}

async function chooseOwnPassword(page: Page, current: string, next: string) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose your own password");
  await page.getByLabel("Current password").fill(current);
  await page.getByLabel("New password", { exact: true }).fill(next);
  await page.getByLabel("New password again").fill(next);
  await page.getByRole("button", { name: "Change password" }).click();
}

test.describe("as an editor", () => {
  test.use({ storageState: storageStatePath("editor") });

  test("users pages answer 403 Not allowed", async ({ page }) => {
    for (const path of ["/admin/users", "/admin/users/new", "/admin/users/1"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not allowed");
    }
    await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Users" })).toHaveCount(0);
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStatePath("admin") });
  // Several browsers, sign-ins and argon2 hashes per test on a shared 2-core machine.
  test.slow();

  test("invites a user, who signs in with the temporary password and must choose their own", async ({ page, browser }, testInfo) => {
    const email = uniqueEmail("invited");
    const temporary = await inviteEditor(page, email, "Invited Person");

    await page.goto("/admin/users");
    const row = page.getByRole("row").filter({ hasText: email });
    await expect(row).toContainText("editor");
    await expect(row).toContainText("Temporary password");
    await expect(row).toContainText("Never");

    // The same email in other letters is refused with a clear message, and the form keeps what was typed.
    await page.goto("/admin/users/new");
    await page.getByLabel("Email").fill(email.toUpperCase());
    await page.getByLabel("Name").fill("Someone Else");
    await page.getByRole("button", { name: "Create user" }).click();
    await expect(page.locator("main").getByRole("alert")).toContainText("A user with this email already exists");
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Name")).toHaveValue("Someone Else");

    const user = await signInElsewhere(browser, testInfo.workerIndex, email, temporary);
    await expect(user.page).toHaveURL(/\/admin$/);
    await expect(user.page.getByRole("heading", { level: 1 })).toHaveText("Choose your own password");
    // Every admin page asks the same until it is done.
    await user.page.goto("/admin/account");
    await expect(user.page.getByRole("heading", { level: 1 })).toHaveText("Choose your own password");

    // Too short: refused, tied to the field.
    await user.page.getByLabel("Current password").fill(temporary);
    await user.page.getByLabel("New password", { exact: true }).fill("short");
    await user.page.getByLabel("New password again").fill("short");
    await user.page.getByRole("button", { name: "Change password" }).click();
    await expect(user.page.locator("main").getByRole("alert")).toContainText("at least 12 characters");
    await expect(user.page.getByLabel("New password", { exact: true })).toHaveAttribute("aria-invalid", "true");

    const own = `my-own-password-${Date.now()}`;
    await chooseOwnPassword(user.page, temporary, own);
    await expect(user.page).toHaveURL(/\/admin\/news$/);
    await expect(user.page.getByRole("heading", { level: 1 })).toHaveText("News");
    await user.page.goto("/admin/account");
    await expect(user.page.getByRole("heading", { level: 1 })).toHaveText("My account");
    await user.context.close();

    // The temporary password no longer works; the new one does.
    const again = await signInElsewhere(browser, testInfo.workerIndex, email, temporary);
    await expect(again.page.locator("form [role=alert]")).toHaveText("Wrong email or password.");
    await again.context.close();
    const fresh = await signInElsewhere(browser, testInfo.workerIndex, email, own);
    await expect(fresh.page).toHaveURL(/\/admin\/news$/);
    await expect(fresh.page.getByRole("heading", { level: 1 })).toHaveText("News");
    await fresh.context.close();

    await page.goto("/admin/users");
    await expect(page.getByRole("row").filter({ hasText: email })).not.toContainText("Temporary password");
  });

  test("disabling a user ends their open session on their next request", async ({ page, browser }, testInfo) => {
    const email = uniqueEmail("disabled");
    const temporary = await inviteEditor(page, email, "Soon Disabled");
    const user = await signInElsewhere(browser, testInfo.workerIndex, email, temporary);
    await chooseOwnPassword(user.page, temporary, `own-password-${Date.now()}`);
    await expect(user.page.getByRole("heading", { level: 1 })).toHaveText("News");

    await page.goto("/admin/users");
    await page.getByRole("link", { name: `Manage ${email}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Soon Disabled");
    await page.getByRole("button", { name: "Disable user" }).click();
    await expect(page.getByRole("status").filter({ hasText: "User disabled" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Enable user" })).toBeVisible();

    await user.page.goto("/admin/news");
    await expect(user.page).toHaveURL(/\/admin\/login/);
    await expect(user.page.getByRole("heading", { level: 1 })).toHaveText("Sign in to the forum admin");
    await user.context.close();

    await page.goto("/admin/users");
    await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Disabled");
  });

  test("a role change or a password reset signs the user out; the reset gives a new temporary password", async ({ page, browser }, testInfo) => {
    const email = uniqueEmail("reset");
    const temporary = await inviteEditor(page, email, "Reset Me");
    const user = await signInElsewhere(browser, testInfo.workerIndex, email, temporary);
    await expect(user.page.getByRole("heading", { level: 1 })).toHaveText("Choose your own password");

    await page.goto("/admin/users");
    await page.getByRole("link", { name: `Manage ${email}` }).click();
    await page.getByLabel("Temporary password (optional)").fill("typed-temporary-pass");
    await page.getByRole("button", { name: "Reset password" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Password reset" })).toBeVisible();

    await user.page.reload();
    await expect(user.page).toHaveURL(/\/admin\/login/);
    await user.context.close();

    const again = await signInElsewhere(browser, testInfo.workerIndex, email, "typed-temporary-pass");
    await expect(again.page.getByRole("heading", { level: 1 })).toHaveText("Choose your own password");
    await again.context.close();
  });

  test("the last admin cannot be demoted or disabled, with a clear message", async ({ page }) => {
    await page.goto("/admin/users");
    // The shared admin is the only admin in this run (no spec makes another one).
    const activeAdmins = page.getByRole("row").filter({ has: page.getByRole("cell", { name: "admin", exact: true }) }).filter({ hasText: "Active" });
    await expect(activeAdmins).toHaveCount(1);
    await expect(activeAdmins).toContainText(staff.admin.email);

    await page.getByRole("link", { name: `Manage ${staff.admin.email}` }).click();
    await page.getByRole("combobox", { name: "Role" }).selectOption("editor");
    await page.getByRole("button", { name: "Change role" }).click();
    await expect(page.locator("main").getByRole("alert")).toContainText("This is the last admin");

    await page.getByRole("button", { name: "Disable user" }).click();
    await expect(page.locator("main").getByRole("alert").filter({ hasText: "cannot be disabled" })).toBeVisible();

    // Still an admin, still signed in.
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("row").filter({ hasText: staff.admin.email })).toContainText("Active");
  });
});
