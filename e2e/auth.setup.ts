import { expect, test as setup } from "@playwright/test";
import { totpCode } from "@/lib/auth/two-factor/totp";
import { ADMIN_TOTP_SECRET, staff, storageStatePath } from "./fixtures/staff";
import { AdminSignInPage } from "./pages/admin-sign-in";

for (const who of ["admin", "editor"] as const) {
  setup(`sign in as ${who}`, async ({ page }) => {
    const signIn = new AdminSignInPage(page);
    await signIn.signIn(staff[who].email, staff[who].password);
    // Admins must use two-factor sign-in: the fixture's admin has a known secret, so its code is computed here.
    if (who === "admin") await signIn.enterCode(totpCode(ADMIN_TOTP_SECRET));
    await expect(page).toHaveURL(/\/admin\/news/);
    await page.context().storageState({ path: storageStatePath(who) });
  });
}
