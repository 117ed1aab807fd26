import { expect, test, type Browser } from "@playwright/test";
import { totpCode } from "@/lib/auth/two-factor/totp";
import { ENROLLED_EDITOR_TOTP_SECRET, staff, storageStatePath } from "./fixtures/staff";
import { AdminSignInPage } from "./pages/admin-sign-in";
import { TwoFactorPage } from "./pages/two-factor";
import { UsersAdminPage } from "./pages/users-admin";

// Two-factor sign-in as staff meet it: an editor sets it up from "My account"
// by typing the secret the page shows into an "app" (the same TOTP library,
// here), then signs in with a code, with a recovery code, and is refused a wrong
// code with a clear message; an admin without a second factor is sent to set one
// up before anything else, and the shared admin resets it from the users page.
// Runs in the public-writes project (playwright.config.ts): it enables a second admin.

const STEP_MS = 30_000;
/** The code an app shows `steps` time steps from now (a code's step can be used once, so each sign-in takes a later one). */
const codeAt = (secret: string, steps: number) => totpCode(secret, Date.now() + steps * STEP_MS);

/** A signed-out browser of its own. */
async function freshBrowser(browser: Browser) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  return { context, page, signIn: new AdminSignInPage(page), twoFactor: new TwoFactorPage(page) };
}

test.slow();

test("an editor sets up two-factor sign-in from the account page, then signs in with a code and with a recovery code", async ({ browser }) => {
  const { email, password } = staff.twoFactorEditor;
  const { context, page, signIn, twoFactor } = await freshBrowser(browser);
  await signIn.signIn(email, password);
  await expect(page).toHaveURL(/\/admin\/news$/);

  await page.goto("/admin/account");
  await expect(page.getByText("Off: you sign in with your password alone.")).toBeVisible();
  await page.getByRole("link", { name: "Set up two-factor sign-in" }).click();
  await expect(twoFactor.heading).toHaveText("Two-factor sign-in");
  const secret = await twoFactor.start();

  // A wrong first code: refused on the field, the set-up still waiting.
  await twoFactor.confirm(codeAt(secret, -5));
  await expect(twoFactor.refusal).toContainText("That code is not right");
  await expect(page.getByLabel("Code", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await twoFactor.confirm(codeAt(secret, 0));
  await expect(twoFactor.notice).toContainText("Two-factor sign-in is on");
  const recoveryCodes = await twoFactor.recoveryCodes();
  for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);

  await twoFactor.goto();
  await expect(page.getByText("10 recovery codes")).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/login/);

  // Password, then the code step, which names the account and refuses a wrong code clearly.
  await signIn.signIn(email, password);
  await expect(page.getByText(`Signing in as ${email}`)).toBeVisible();
  await signIn.enterCode("000000");
  await expect(signIn.refusal).toContainText("That code is not right");
  await expect(page.getByText(`Signing in as ${email}`)).toBeVisible();
  await signIn.enterCode(codeAt(secret, 1));
  await expect(page).toHaveURL(/\/admin\/news$/);
  await page.getByRole("button", { name: "Sign out" }).click();

  // A recovery code instead of the app's code: works once.
  await signIn.signIn(email, password);
  await signIn.enterCode(recoveryCodes[3]!);
  await expect(page).toHaveURL(/\/admin\/news$/);
  await twoFactor.goto();
  await expect(page.getByText("9 recovery codes")).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn.signIn(email, password);
  await signIn.enterCode(recoveryCodes[3]!);
  await expect(signIn.refusal).toContainText("That code is not right");
  await context.close();
});

test("Auth.js's own sign-in endpoint asks for the code too, and takes password and code together", async ({ browser }) => {
  const { email, password } = staff.enrolledEditor;
  const { context, page, signIn } = await freshBrowser(browser);
  const post = async (form: Record<string, string>) => {
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    return page.request.post("/api/auth/callback/credentials", { form: { ...form, csrfToken, callbackUrl: "/admin/news" }, maxRedirects: 0 });
  };

  // The password alone: no session, a redirect to the sign-in page's code step (the challenge is in a cookie).
  const first = await post({ email, password });
  expect(first.headers()["location"]).toContain("code=second-factor");
  await page.goto("/admin/news");
  await expect(page).toHaveURL(/\/admin\/login/);
  await page.goto("/admin/login");
  await expect(page.getByText(`Signing in as ${email}`)).toBeVisible();
  await signIn.enterCode(codeAt(ENROLLED_EDITOR_TOTP_SECRET, 0));
  await expect(page).toHaveURL(/\/admin\/news$/);
  await page.getByRole("button", { name: "Sign out" }).click();

  // Password and code in one request: signed in straight away (a later step's code; each step works once).
  const both = await post({ email, password, code: codeAt(ENROLLED_EDITOR_TOTP_SECRET, 1) });
  expect(both.headers()["location"]).not.toContain("error=");
  await page.goto("/admin/news");
  await expect(page).toHaveURL(/\/admin\/news$/);
  await context.close();
});

test.describe("an admin without a second factor", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("is sent to set it up before any other admin page, and another admin can reset it", async ({ page, browser }) => {
    const { email, password } = staff.enrollingAdmin;
    const users = new UsersAdminPage(page);
    await users.manage(email);
    await page.getByRole("button", { name: "Enable user" }).click();
    await expect(users.notice.filter({ hasText: "User enabled" })).toBeVisible();

    const admin = await freshBrowser(browser);
    await admin.signIn.signIn(email, password);
    await expect(admin.page).toHaveURL(/\/admin\/account\/two-factor$/);
    await expect(admin.page.getByRole("status").filter({ hasText: "Admins must sign in with a second factor" })).toBeVisible();
    for (const path of ["/admin/news", "/admin/users", "/admin/account"]) {
      await admin.page.goto(path);
      await expect(admin.page, path).toHaveURL(/\/admin\/account\/two-factor$/);
    }
    const secret = await admin.twoFactor.start();
    await admin.twoFactor.confirm(codeAt(secret, 0));
    await admin.twoFactor.recoveryCodes();
    await admin.page.goto("/admin/users");
    await expect(admin.page.getByRole("heading", { level: 1 })).toHaveText("Users");

    // The shared admin resets it: the other admin is signed out and, at the next sign-in, sent to set it up again.
    await users.manage(email);
    await expect(page.locator("dd").filter({ hasText: /^On$/ })).toBeVisible();
    await page.getByRole("button", { name: "Reset two-factor sign-in" }).click();
    await expect(users.notice.filter({ hasText: "Two-factor sign-in reset" })).toBeVisible();
    await admin.page.goto("/admin/users");
    await expect(admin.page).toHaveURL(/\/admin\/login/);
    await admin.signIn.signIn(email, password);
    await expect(admin.page).toHaveURL(/\/admin\/account\/two-factor$/);
    await admin.context.close();

    // Leave it as it was: disabled, so it is never mistaken for a second active admin.
    await users.manage(email);
    await page.getByRole("button", { name: "Disable user" }).click();
    await expect(users.notice.filter({ hasText: "User disabled" })).toBeVisible();
  });
});
