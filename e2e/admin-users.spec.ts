import { expect, test, type Browser } from "@playwright/test";
import { staff, storageStatePath } from "./fixtures/staff";
import { AdminSignInPage } from "./pages/admin-sign-in";
import { OwnPasswordPage } from "./pages/own-password";
import { UsersAdminPage } from "./pages/users-admin";

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

/** A separate browser, signed in as that user from its own IP. */
async function signInElsewhere(browser: Browser, workerIndex: number, email: string, password: string) {
  // Signed out: not the admin's cookies that test.use() would otherwise give every new context.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { "X-Forwarded-For": nextIp(workerIndex) } });
  const page = await context.newPage();
  const signIn = new AdminSignInPage(page);
  await signIn.signIn(email, password);
  return { context, page, signIn, ownPassword: new OwnPasswordPage(page) };
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
    const users = new UsersAdminPage(page);
    const email = uniqueEmail("invited");
    const temporary = await users.inviteEditor(email, "Invited Person");

    await users.gotoList();
    const row = users.row(email);
    await expect(row).toContainText("editor");
    await expect(row).toContainText("Temporary password");
    await expect(row).toContainText("Never");

    // The same email in other letters is refused with a clear message, and the form keeps what was typed.
    await users.submitNewUser(email.toUpperCase(), "Someone Else");
    await expect(users.refusal).toContainText("A user with this email already exists");
    await expect(users.email).toHaveAttribute("aria-invalid", "true");
    await expect(users.name).toHaveValue("Someone Else");

    const user = await signInElsewhere(browser, testInfo.workerIndex, email, temporary);
    await expect(user.page).toHaveURL(/\/admin$/);
    await expect(user.page.getByRole("heading", { level: 1 })).toHaveText("Choose your own password");
    // Every admin page asks the same until it is done.
    await user.page.goto("/admin/account");
    await expect(user.page.getByRole("heading", { level: 1 })).toHaveText("Choose your own password");

    // Too short: refused, tied to the field.
    await user.ownPassword.submit(temporary, "short");
    await expect(user.page.locator("main").getByRole("alert")).toContainText("at least 12 characters");
    await expect(user.ownPassword.next).toHaveAttribute("aria-invalid", "true");

    const own = `my-own-password-${Date.now()}`;
    await user.ownPassword.choose(temporary, own);
    await expect(user.page).toHaveURL(/\/admin\/news$/);
    await expect(user.page.getByRole("heading", { level: 1 })).toHaveText("News");
    await user.page.goto("/admin/account");
    await expect(user.page.getByRole("heading", { level: 1 })).toHaveText("My account");
    await user.context.close();

    // The temporary password no longer works; the new one does.
    const again = await signInElsewhere(browser, testInfo.workerIndex, email, temporary);
    await expect(again.signIn.refusal).toHaveText("Wrong email or password.");
    await again.context.close();
    const fresh = await signInElsewhere(browser, testInfo.workerIndex, email, own);
    await expect(fresh.page).toHaveURL(/\/admin\/news$/);
    await expect(fresh.page.getByRole("heading", { level: 1 })).toHaveText("News");
    await fresh.context.close();

    await users.gotoList();
    await expect(users.row(email)).not.toContainText("Temporary password");
  });

  test("disabling a user ends their open session on their next request", async ({ page, browser }, testInfo) => {
    const users = new UsersAdminPage(page);
    const email = uniqueEmail("disabled");
    const temporary = await users.inviteEditor(email, "Soon Disabled");
    const user = await signInElsewhere(browser, testInfo.workerIndex, email, temporary);
    await user.ownPassword.choose(temporary, `own-password-${Date.now()}`);
    await expect(user.page.getByRole("heading", { level: 1 })).toHaveText("News");

    await users.manage(email);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Soon Disabled");
    await page.getByRole("button", { name: "Disable user" }).click();
    await expect(users.notice.filter({ hasText: "User disabled" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Enable user" })).toBeVisible();

    await user.page.goto("/admin/news");
    await expect(user.page).toHaveURL(/\/admin\/login/);
    await expect(user.page.getByRole("heading", { level: 1 })).toHaveText("Sign in to the forum admin");
    await user.context.close();

    await users.gotoList();
    await expect(users.row(email)).toContainText("Disabled");
  });

  test("a role change or a password reset signs the user out; the reset gives a new temporary password", async ({ page, browser }, testInfo) => {
    const users = new UsersAdminPage(page);
    const email = uniqueEmail("reset");
    const temporary = await users.inviteEditor(email, "Reset Me");
    const user = await signInElsewhere(browser, testInfo.workerIndex, email, temporary);
    await expect(user.ownPassword.heading).toHaveText("Choose your own password");

    await users.manage(email);
    await page.getByLabel("Temporary password (optional)").fill("typed-temporary-pass");
    await page.getByRole("button", { name: "Reset password" }).click();
    await expect(users.notice.filter({ hasText: "Password reset" })).toBeVisible();

    await user.page.reload();
    await expect(user.page).toHaveURL(/\/admin\/login/);
    await user.context.close();

    const again = await signInElsewhere(browser, testInfo.workerIndex, email, "typed-temporary-pass");
    await expect(again.ownPassword.heading).toHaveText("Choose your own password");
    await again.context.close();
  });

  test("the last admin cannot be demoted or disabled, with a clear message", async ({ page }) => {
    const users = new UsersAdminPage(page);
    await users.gotoList();
    // The shared admin is the only admin in this run (no spec makes another one).
    const activeAdmins = page.getByRole("row").filter({ has: page.getByRole("cell", { name: "admin", exact: true }) }).filter({ hasText: "Active" });
    await expect(activeAdmins).toHaveCount(1);
    await expect(activeAdmins).toContainText(staff.admin.email);

    await page.getByRole("link", { name: `Manage ${staff.admin.email}` }).click();
    await users.role.selectOption("editor");
    await page.getByRole("button", { name: "Change role" }).click();
    await expect(users.refusal).toContainText("This is the last admin");

    await page.getByRole("button", { name: "Disable user" }).click();
    await expect(users.refusal.filter({ hasText: "cannot be disabled" })).toBeVisible();

    // Still an admin, still signed in.
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(200);
    await expect(users.row(staff.admin.email)).toContainText("Active");
  });
});
