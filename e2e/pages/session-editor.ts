// The programme's session editor (/admin/program/sessions/<id>, and "Add
// session" from /admin/program): the fields the programme spec fills again
// and again, and the version the form carries for the stale-save check.
import type { Locator, Page } from "@playwright/test";
import { AdminPage } from "./admin-page";

export class SessionEditorPage extends AdminPage {
  readonly titleEn: Locator;
  readonly summaryEn: Locator;
  readonly summaryRu: Locator;
  readonly descriptionRu: Locator;
  readonly format: Locator;
  /** The hidden version field: what the save's stale check compares (no label: not for people). */
  readonly version: Locator;

  constructor(page: Page) {
    super(page);
    this.titleEn = page.getByLabel("Title (English)");
    this.summaryEn = page.getByLabel("Summary (English)");
    this.summaryRu = page.getByLabel("Summary (Russian)");
    this.descriptionRu = page.getByLabel("Description (Russian)");
    this.format = page.getByLabel("Format");
    this.version = page.locator('input[name="version"]');
  }

  async goto(id: number): Promise<void> {
    await this.page.goto(`/admin/program/sessions/${id}`);
  }

  async gotoNew(): Promise<void> {
    await this.page.goto("/admin/program");
    await this.page.getByRole("link", { name: "Add session" }).click();
  }

  /** Day and times as the fields take them: "2012-04-20", "18:00". */
  async fillWhen(day: string, start: string, end: string): Promise<void> {
    await this.page.getByLabel("Day").fill(day);
    await this.page.getByLabel("Starts at").fill(start);
    await this.page.getByLabel("Ends at").fill(end);
  }
}
