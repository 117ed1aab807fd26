// The news editor (/admin/news/new and /admin/news/<id>): its fields by their
// labels, its two buttons, and the notices a save answers with.
import { expect, type Locator, type Page } from "@playwright/test";

export type ArticleFields = {
  locale?: "en" | "ru";
  title?: string;
  lede?: string;
  body?: string;
  status?: "draft" | "published";
  /** Moscow wall time, as the field takes it. */
  publishAt?: string;
};

export class NewsEditorPage {
  readonly language: Locator;
  readonly title: Locator;
  readonly lede: Locator;
  readonly body: Locator;
  readonly slug: Locator;
  readonly publishAt: Locator;
  readonly createButton: Locator;
  /** The notice of a save that worked ("Saved at …, version N. …"). */
  readonly savedNotice: Locator;
  /** The notice on the page a create leads to ("Article created. …"). */
  readonly createdNotice: Locator;
  /** The form's refusal (a stale save, a body that fails the checks). */
  readonly refusal: Locator;

  constructor(readonly page: Page) {
    this.language = page.getByLabel("Language", { exact: true });
    this.title = page.getByLabel("Title", { exact: true });
    this.lede = page.getByLabel("Lede (short summary)");
    this.body = page.getByLabel("Body", { exact: true });
    this.slug = page.getByLabel("Slug (the end of the address)");
    this.publishAt = page.getByLabel("Publish date and time (Moscow time)");
    this.createButton = page.getByRole("button", { name: "Create article" });
    this.savedNotice = page.getByRole("status").filter({ hasText: "Saved at" });
    this.createdNotice = page.getByRole("status").filter({ hasText: "Article created." });
    this.refusal = page.locator("form").getByRole("alert");
  }

  async gotoNew(): Promise<void> {
    await this.page.goto("/admin/news/new");
  }

  async goto(id: number): Promise<void> {
    await this.page.goto(`/admin/news/${id}`);
  }

  statusChoice(status: "draft" | "published"): Locator {
    return this.page.getByLabel(status === "draft" ? "Draft: not public" : "Published: public from the publish time");
  }

  /** Fills the fields given, leaving the others as they are. */
  async fill(fields: ArticleFields): Promise<void> {
    if (fields.locale) await this.language.selectOption(fields.locale);
    if (fields.title !== undefined) await this.title.fill(fields.title);
    if (fields.lede !== undefined) await this.lede.fill(fields.lede);
    if (fields.body !== undefined) await this.body.fill(fields.body);
    if (fields.status) await this.statusChoice(fields.status).check();
    if (fields.publishAt !== undefined) await this.publishAt.fill(fields.publishAt);
  }

  /** Clicks "Create article" and waits for the new article's page; answers its id. */
  async create(): Promise<number> {
    await this.createButton.click();
    await expect(this.page).toHaveURL(/\/admin\/news\/\d+\?saved=created$/);
    return this.idFromUrl();
  }

  async save(): Promise<void> {
    await this.page.getByRole("button", { name: "Save", exact: true }).click();
  }

  /** The id of the article whose editor is open. */
  idFromUrl(): number {
    return Number(/\/admin\/news\/(\d+)/.exec(this.page.url())![1]);
  }

  /**
   * Whether this browser holds its own copy of typing that contains `text`
   * (the editor keeps one in localStorage every second, and forgets it once
   * saved). Looked for by content, not by the editor's storage key.
   */
  keptCopyContains(text: string): Promise<boolean> {
    return this.page.evaluate(
      (wanted) => Object.keys(localStorage).some((key) => localStorage.getItem(key)?.includes(wanted) ?? false),
      text,
    );
  }
}
