import { expect, test } from "@playwright/test";
import { staff, storageStatePath } from "./fixtures/staff";
import { UsersAdminPage } from "./pages/users-admin";

let ipCounter = 0;
test.beforeEach(async ({ page }, testInfo) => {
  ipCounter += 1;
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": `203.0.113.${200 + ((testInfo.workerIndex * 20 + ipCounter) % 40)}` });
});

test.describe("as an editor", () => {
  test.use({ storageState: storageStatePath("editor") });

  test("the audit log answers 403 Not allowed", async ({ page }) => {
    const response = await page.goto("/admin/audit");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not allowed");
    await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Audit log" })).toHaveCount(0);
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStatePath("admin") });
  test.slow();

  test("shows the entries of user changes, newest first, and filters them", async ({ page }) => {
    // Make two changes: invite an editor, then disable them.
    const users = new UsersAdminPage(page);
    const email = `audited-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.test`;
    await users.submitNewUser(email, "Audited Person");
    const temporary = await users.temporaryPassword();
    expect(temporary.length).toBeGreaterThan(12);
    await page.getByRole("link", { name: "Open the new user" }).click();
    await page.getByRole("button", { name: "Disable user" }).click();
    await expect(users.notice.filter({ hasText: "User disabled" })).toBeVisible();

    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Audit log" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
    const rows = page.getByRole("row").filter({ hasText: email });
    await expect(rows).toHaveCount(2);
    // Newest first: the disable above the create.
    await expect(rows.nth(0)).toContainText("disable");
    await expect(rows.nth(1)).toContainText("create");
    await expect(rows.nth(1)).toContainText(staff.admin.email);
    await expect(rows.nth(1)).toContainText("staff_user");
    // Moscow time, e.g. "27 Nov 2026, 14:40".
    await expect(rows.nth(0).locator("time")).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);
    // Never a password in the log.
    expect(await page.locator("main").textContent()).not.toContain(temporary);

    // Filter: only disable entries of staff users.
    await page.getByLabel("Record type").selectOption("staff_user");
    await page.getByLabel("Action").selectOption("disable");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/entity=staff_user/);
    await expect(page).toHaveURL(/action=disable/);
    await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(1);
    const actions = await page.locator("tbody tr td:nth-child(3)").allTextContents();
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(["disable"]));

    // By who and by today's date (Moscow) as well: still found. A range in the past: nothing.
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Moscow" }).format(new Date());
    await page.getByLabel("Who").selectOption(staff.admin.email);
    await page.getByLabel("From").fill(today);
    await page.getByLabel("To").fill(today);
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(1);
    await page.getByLabel("From").fill("2012-04-19");
    await page.getByLabel("To").fill("2012-04-21");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.locator("main").getByRole("status")).toHaveText("No entries match these filters.");

    await page.getByRole("link", { name: "Clear" }).click();
    await expect(page).toHaveURL(/\/admin\/audit$/);
    await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(2);
  });

  test("bad filter input shows a message, never an error page", async ({ page }) => {
    for (const query of ["from=2026-02-30", "from=2026-05-01&to=2026-04-01", "page=-1", "page=abc", "entity=%3Cscript%3E", "from=2026-1-1", "to=2026-04-31"]) {
      const response = await page.goto(`/admin/audit?${query}`);
      expect(response?.status(), query).toBe(200);
      await expect(page.locator("main").getByRole("alert")).toContainText("These filters cannot be used");
    }
    const far = await page.goto("/admin/audit?page=9999");
    expect(far?.status()).toBe(200);
    await expect(page.getByText(/There is no page 9999|No entries match these filters/)).toBeVisible();
  });
});
