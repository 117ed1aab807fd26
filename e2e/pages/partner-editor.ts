// The partners admin (/admin/partners): roles and partners added, edited and
// deleted through their forms, as the partners spec does it over and over.
import { expect, type Locator, type Page } from "@playwright/test";
import { AdminPage } from "./admin-page";

export class PartnerEditorPage extends AdminPage {
  readonly nameEn: Locator;
  readonly nameRu: Locator;

  constructor(page: Page) {
    super(page);
    this.nameEn = page.getByLabel("Name in English");
    this.nameRu = page.getByLabel("Name in Russian");
  }

  /** Adds a role from the list page; answers its id (from the #role-<id> the list scrolls to). */
  async addRole(labelEn: string, labelRu: string, kind = "Partner"): Promise<number> {
    await this.page.goto("/admin/partners");
    await this.page.getByRole("link", { name: "Add role" }).click();
    await this.nameEn.fill(labelEn);
    await this.nameRu.fill(labelRu);
    await this.page.getByRole("radio", { name: kind, exact: true }).check();
    await this.page.getByRole("button", { name: "Add role" }).click();
    await expect(this.notice).toContainText(`Added the role “${labelEn}”`);
    const id = Number(/#role-(\d+)$/.exec(this.page.url())?.[1]);
    expect(id).toBeGreaterThan(0);
    return id;
  }

  /** Adds a partner to the role of that label; answers its id. */
  async addPartner(roleLabel: string, nameEn: string, nameRu: string, url = ""): Promise<number> {
    await this.page.goto("/admin/partners");
    await this.page.getByRole("link", { name: `Add partner here: ${roleLabel}` }).click();
    await expect(this.page.getByLabel("Role")).toHaveValue(/\d+/);
    await this.nameEn.fill(nameEn);
    await this.nameRu.fill(nameRu);
    await this.page.getByLabel("Website").fill(url);
    await this.page.getByRole("button", { name: "Add partner" }).click();
    await expect(this.notice).toContainText("Partner added");
    const id = Number(/\/admin\/partners\/(\d+)\?created=1/.exec(this.page.url())?.[1]);
    expect(id).toBeGreaterThan(0);
    return id;
  }

  async gotoPartner(id: number): Promise<void> {
    await this.page.goto(`/admin/partners/${id}`);
  }

  async gotoRole(id: number): Promise<void> {
    await this.page.goto(`/admin/partners/roles/${id}`);
  }

  async deletePartner(id: number): Promise<void> {
    await this.gotoPartner(id);
    await this.deleteConfirmed("Delete partner");
    await expect(this.notice).toContainText("The partner was deleted.");
  }

  async deleteRole(id: number): Promise<void> {
    await this.gotoRole(id);
    await this.deleteConfirmed("Delete role");
    await expect(this.notice).toContainText("The role was deleted.");
  }
}
