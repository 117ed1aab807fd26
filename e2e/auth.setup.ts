import { expect, test as setup } from "@playwright/test";
import { staff, storageStatePath } from "./fixtures/staff";
import { AdminSignInPage } from "./pages/admin-sign-in";

for (const who of ["admin", "editor"] as const) {
  setup(`sign in as ${who}`, async ({ page }) => {
    await new AdminSignInPage(page).signIn(staff[who].email, staff[who].password);
    await expect(page).toHaveURL(/\/admin\/news/);
    await page.context().storageState({ path: storageStatePath(who) });
  });
}
