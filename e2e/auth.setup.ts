import { expect, test as setup } from "@playwright/test";
import { staff, storageStatePath } from "./fixtures/staff";

for (const who of ["admin", "editor"] as const) {
  setup(`sign in as ${who}`, async ({ page }) => {
    await page.goto("/admin/login");
    await page.getByLabel("Email").fill(staff[who].email);
    await page.getByLabel("Password").fill(staff[who].password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin\/news/);
    await page.context().storageState({ path: storageStatePath(who) });
  });
}
