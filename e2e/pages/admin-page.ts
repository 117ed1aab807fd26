// What the partners, programme and people pages of the admin share: a notice
// (role status) and a refusal (role alert) in the main region, a "Save
// changes" button, and deletes that ask "are you sure?" in a browser dialog.
import type { Locator, Page } from "@playwright/test";

export class AdminPage {
  /** The notice of a change that worked ("Saved …", "Added …", "… was deleted."). */
  readonly notice: Locator;
  /** The refusal: the error summary, a conflict, a delete that is not allowed. */
  readonly refusal: Locator;

  constructor(readonly page: Page) {
    this.notice = page.getByRole("main").getByRole("status");
    this.refusal = page.getByRole("main").getByRole("alert");
  }

  async saveChanges(): Promise<void> {
    await this.page.getByRole("button", { name: "Save changes" }).click();
  }

  /**
   * Clicks a delete button, accepting the browser's confirmation. Without
   * JavaScript no dialog comes and the form posts straight away.
   */
  async deleteConfirmed(button: string): Promise<void> {
    this.page.once("dialog", (dialog) => dialog.accept());
    await this.page.getByRole("button", { name: button }).click();
  }
}
