// "Two-factor sign-in" (/admin/account/two-factor): setting up an authenticator
// app by reading the secret the page shows, confirming with a code, and the
// recovery codes shown once.
import { expect, type Locator, type Page } from "@playwright/test";
import { AdminPage } from "./admin-page";

export class TwoFactorPage extends AdminPage {
  readonly heading: Locator;
  readonly secret: Locator;
  readonly recoveryCodeList: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = page.getByRole("heading", { level: 1 });
    this.secret = page.getByTestId("totp-secret");
    this.recoveryCodeList = page.getByTestId("recovery-codes").getByRole("listitem");
  }

  async goto(): Promise<void> {
    await this.page.goto("/admin/account/two-factor");
  }

  /** Starts the set-up and answers the secret as the page shows it (grouped), without spaces. */
  async start(): Promise<string> {
    await this.page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
    await expect(this.page.getByRole("img", { name: "QR code holding your two-factor secret" })).toBeVisible();
    const text = (await this.secret.textContent()) ?? "";
    expect(text).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    return text.replace(/ /g, "");
  }

  async confirm(code: string): Promise<void> {
    await this.page.getByLabel("Code", { exact: true }).fill(code);
    await this.page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  }

  /** The ten codes shown once after confirming. */
  async recoveryCodes(): Promise<string[]> {
    await expect(this.recoveryCodeList).toHaveCount(10);
    return (await this.recoveryCodeList.allTextContents()).map((c) => c.trim());
  }
}
