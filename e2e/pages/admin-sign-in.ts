// The staff sign-in page (/admin/login), as the setup project, the auth specs
// and the users specs drive it; with a second factor, its code step too.
import type { Locator, Page } from "@playwright/test";

export class AdminSignInPage {
  readonly email: Locator;
  readonly password: Locator;
  /** The refusal shown in the form ("Wrong email or password.", the throttle's wait). */
  readonly refusal: Locator;

  constructor(readonly page: Page) {
    this.email = page.getByLabel("Email");
    this.password = page.getByLabel("Password");
    this.refusal = page.locator("form").getByRole("alert");
    this.code = page.getByLabel("Code from your authenticator app");
  }

  /** The code step: waits for it (the password was right), then submits the code or recovery code. */
  async enterCode(code: string): Promise<void> {
    await this.code.fill(code);
    await this.page.getByRole("button", { name: "Verify" }).click();
  }

  /** The code step's field, shown after the password of an account with a second factor. */
  readonly code: Locator;

  /** Opens the page and submits the credentials; where that leads is the caller's to check. */
  async signIn(email: string, password: string): Promise<void> {
    await this.page.goto("/admin/login");
    await this.email.fill(email);
    await this.password.fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }
}
