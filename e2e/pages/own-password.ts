// "Choose your own password": what every admin page shows a user signed in
// with a temporary password, until they have chosen one.
import { expect, type Locator, type Page } from "@playwright/test";

export class OwnPasswordPage {
  readonly heading: Locator;
  readonly current: Locator;
  readonly next: Locator;
  readonly again: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.current = page.getByLabel("Current password");
    this.next = page.getByLabel("New password", { exact: true });
    this.again = page.getByLabel("New password again");
  }

  async submit(current: string, next: string, again = next): Promise<void> {
    await this.current.fill(current);
    await this.next.fill(next);
    await this.again.fill(again);
    await this.page.getByRole("button", { name: "Change password" }).click();
  }

  /** Checks the page is the one asking, then chooses `next`. */
  async choose(current: string, next: string): Promise<void> {
    await expect(this.heading).toHaveText("Choose your own password");
    await this.submit(current, next);
  }
}
