import { expect, test } from "@playwright/test";
import { staff, storageStatePath } from "./fixtures/staff";
import { AdminSignInPage } from "./pages/admin-sign-in";

// Each test gets its own client IP, so per-IP throttling of one test cannot lock out another.
let ipCounter = 0;
test.beforeEach(async ({ page }, testInfo) => {
  ipCounter += 1;
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": `203.0.113.${(testInfo.workerIndex * 50 + ipCounter) % 250}` });
});

test("the admin area sends a signed-out visitor to sign in", async ({ page }) => {
  await page.goto("/admin/news");
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Fnews$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to the forum admin");
});

test("wrong email and wrong password get the same generic message and keep the email typed", async ({ page }) => {
  const signIn = new AdminSignInPage(page);
  await signIn.signIn("nobody@e2e.test", "whatever-password");
  await expect(signIn.refusal).toHaveText("Wrong email or password.");
  await signIn.signIn(staff.sessions.email, "wrong-password-123");
  await expect(signIn.refusal).toHaveText("Wrong email or password.");
  await expect(signIn.email).toHaveValue(staff.sessions.email);
});

test("sign-in and sign-out; a copied session cookie stops working after sign-out", async ({ page, browser }) => {
  const signIn = new AdminSignInPage(page);
  await signIn.signIn(staff.sessions.email, staff.sessions.password);
  await expect(page).toHaveURL(/\/admin\/news$/);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name.endsWith("authjs.session-token"))).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  // Someone copies the cookie into another browser: it works while the session lives …
  const thief = await browser.newContext();
  await thief.addCookies(cookies);
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/admin/news");
  await expect(thiefPage).toHaveURL(/\/admin\/news$/);

  // … and not after the owner signs out.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/login/);
  await thiefPage.goto("/admin/news");
  await expect(thiefPage).toHaveURL(/\/admin\/login/);
  await thief.close();
});

test("Auth.js's own sign-out endpoint ends the session on the server too: a copied cookie stops working", async ({ page, browser }) => {
  const signIn = new AdminSignInPage(page);
  await signIn.signIn(staff.sessions.email, staff.sessions.password);
  await expect(page).toHaveURL(/\/admin\/news$/);
  const cookies = await page.context().cookies();
  const thief = await browser.newContext();
  await thief.addCookies(cookies);
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/admin/news");
  await expect(thiefPage).toHaveURL(/\/admin\/news$/);

  // Not the admin's button: a POST straight to Auth.js, as a script would send it.
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signOut = await page.request.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/admin/login" }, maxRedirects: 0 });
  expect([200, 302, 303]).toContain(signOut.status());
  await thiefPage.goto("/admin/news");
  await expect(thiefPage).toHaveURL(/\/admin\/login/);
  await thief.close();
});

// Five failures are free; the sixth attempt waits a minute (lib/auth/throttle.ts; the doubling
// after that is in tests/int/sign-in-throttle.int.test.ts).
test("repeated failures are throttled per email, with a clear wait and 429 on the API", async ({ page, request }) => {
  const signIn = new AdminSignInPage(page);
  const email = `throttle-${Date.now()}@e2e.test`;
  for (let i = 0; i < 5; i++) {
    await signIn.signIn(email, `wrong-${i}-password`);
    await expect(signIn.refusal).toHaveText("Wrong email or password.");
  }
  await signIn.signIn(email, "wrong-again-password");
  await expect(signIn.refusal).toHaveText("Too many sign-in attempts. Try again in 1 minute.");

  const csrf = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { email, password: "x", csrfToken: csrf.csrfToken },
    headers: { "X-Forwarded-For": "203.0.113.251" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(429);
  const retryAfter = Number(response.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
});

test.describe("as an editor", () => {
  test.use({ storageState: storageStatePath("editor") });

  test("admin pages are never cached", async ({ page }) => {
    const response = await page.goto("/admin/news");
    expect(response?.status()).toBe(200);
    expect(response?.headers()["cache-control"]).toContain("no-store");
  });
});
