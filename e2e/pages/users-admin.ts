// The users admin (/admin/users, admins only): inviting a user, finding their
// row, and opening their page, as the users and audit specs do it.
import { expect, type Locator, type Page } from "@playwright/test";
import { AdminPage } from "./admin-page";

export class UsersAdminPage extends AdminPage {
  readonly email: Locator;
  readonly name: Locator;
  readonly role: Locator;

  constructor(page: Page) {
    super(page);
    this.email = page.getByLabel("Email");
    this.name = page.getByLabel("Name");
    this.role = page.getByRole("combobox", { name: "Role" });
  }

  /** Opens the new-user form and submits it; the role is left at the form's default unless given. */
  async submitNewUser(email: string, name: string, role?: "admin" | "editor"): Promise<void> {
    await this.page.goto("/admin/users/new");
    await this.email.fill(email);
    await this.name.fill(name);
    if (role) await this.role.selectOption(role);
    await this.page.getByRole("button", { name: "Create user" }).click();
  }

  /** The temporary password the page shows once after an invite. */
  async temporaryPassword(): Promise<string> {
    return (await this.page.getByTestId("temporary-password").textContent())?.trim() ?? "";
  }

  /** Invites an editor; answers the temporary password shown once. */
  async inviteEditor(email: string, name: string): Promise<string> {
    await this.submitNewUser(email, name, "editor");
    await expect(this.notice.filter({ hasText: `${name} can now sign in` })).toBeVisible();
    const password = await this.temporaryPassword();
    expect(password).toMatch(/^\S{4}-\S{4}-\S{4}-\S{4}$/);
    return password;
  }

  /** The user's row in the list (the list must be open). */
  row(email: string): Locator {
    return this.page.getByRole("row").filter({ hasText: email });
  }

  async gotoList(): Promise<void> {
    await this.page.goto("/admin/users");
  }

  /** Opens the user's own page from the list. */
  async manage(email: string): Promise<void> {
    await this.gotoList();
    await this.page.getByRole("link", { name: `Manage ${email}` }).click();
  }
}
