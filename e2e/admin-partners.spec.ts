// Partners admin as an editor, checked on the public site: create with a logo,
// edit, hide, reorder partners and roles, role create/edit/delete.
// These tests change the partner wall every public page shows, so they run in
// their own project after the public specs (see playwright.config.ts), one
// after another, and clean up what they create.
import { expect, test, type Locator } from "@playwright/test";
import sharp from "sharp";
import { storageStatePath } from "./fixtures/staff";
import { PartnerEditorPage } from "./pages/partner-editor";
import { expectDecoded } from "./support";

test.use({ storageState: storageStatePath("editor") });
// Each test walks through several admin pages and public pages: more than the default 30 s on a busy machine.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function logoPng(text: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="120"><rect width="360" height="120" fill="#8a1538"/><text x="20" y="75" font-size="40" font-family="DejaVu Sans" fill="#fff">${text}</text></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

const card = (scope: Locator, name: string) => scope.locator(".partner-card").filter({ has: scope.page().locator(".partner-card__name", { hasText: name }) });

test("role: validation keeps the input, then create and edit", async ({ page }) => {
  const partners = new PartnerEditorPage(page);
  const tag = unique();
  await page.goto("/admin/partners/roles/new");
  await partners.nameRu.fill(`Роль ${tag}`);
  await page.getByRole("button", { name: "Add role" }).click();
  const summary = partners.refusal;
  await expect(summary).toContainText("Enter the role's name in English.");
  await expect(summary).toBeFocused();
  await expect(partners.nameRu).toHaveValue(`Роль ${tag}`);
  await expect(partners.nameEn).toHaveAttribute("aria-invalid", "true");

  const id = await partners.addRole(`Role ${tag}`, `Роль ${tag}`);
  await expect(page.locator(`#role-${id}`)).toContainText(`Role ${tag}`);
  await page.getByRole("link", { name: `Edit role: Role ${tag}` }).click();
  await partners.nameEn.fill(`Renamed role ${tag}`);
  await page.getByRole("radio", { name: "Organizer" }).check();
  await partners.saveChanges();
  await expect(partners.notice).toContainText(`Saved the role “Renamed role ${tag}”`);
  await expect(page.locator(`#role-${id}`)).toContainText("Organizer");
  await partners.deleteRole(id);
});

test("partner with an uploaded logo shows on the partners page and in the footer; edit and hide reach the site", async ({ page }) => {
  const partners = new PartnerEditorPage(page);
  const tag = unique();
  const roleLabel = `Logo role ${tag}`;
  const name = `Logo Partner ${tag}`;
  const roleId = await partners.addRole(roleLabel, `Роль логотипа ${tag}`);
  const id = await partners.addPartner(roleLabel, name, `Партнёр ${tag}`, "https://partner.example/");

  // A hostile file is refused with a clear message; then a real logo is uploaded with progress.
  const fileInput = page.getByLabel("Logo image");
  await fileInput.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(512)]) });
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(partners.refusal).toContainText("not a PNG, JPEG, WebP or SVG image");
  await fileInput.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: await logoPng(tag) });
  // The progress bar is there while the file goes up (a local upload is too quick to watch it move).
  await page.evaluate(() => {
    const seen = window as unknown as { sawProgress?: boolean };
    new MutationObserver(() => {
      if (document.querySelector("progress#logo-progress")) seen.sawProgress = true;
    }).observe(document.body, { subtree: true, childList: true });
  });
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(partners.notice.filter({ hasText: "Logo saved" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sawProgress?: boolean }).sawProgress)).toBe(true);
  await expectDecoded(page.getByRole("img", { name: `Current logo of ${name}` }));

  await page.goto("/en/partners");
  const region = page.getByRole("main").getByRole("region", { name: roleLabel });
  const publicCard = card(region, name);
  await expect(publicCard).toHaveCount(1);
  await expect(publicCard.getByRole("link")).toHaveAttribute("href", "https://partner.example/");
  const logo = publicCard.getByRole("img", { name });
  await expect(logo).toHaveAttribute("src", /^\/media\/[0-9a-f]{64}\.png$/);
  await expectDecoded(logo);
  // The partners page is the wall itself; every other page carries it in the footer.
  await expect(page.locator("footer .partner-card")).toHaveCount(0);
  await page.goto("/en/news");
  const footerCard = card(page.locator("footer"), name);
  await expect(footerCard).toContainText(roleLabel);
  await expectDecoded(footerCard.getByRole("img", { name }));
  await page.goto("/ru/partners");
  await expect(page.getByRole("main").getByRole("region", { name: `Роль логотипа ${tag}` })).toContainText(`Партнёр ${tag}`);

  // Edit the name.
  await partners.gotoPartner(id);
  await partners.nameEn.fill(`Renamed Partner ${tag}`);
  await partners.saveChanges();
  await expect(partners.notice).toContainText(`Saved “Renamed Partner ${tag}”`);
  await page.goto("/en/partners");
  await expect(card(page.getByRole("main"), `Renamed Partner ${tag}`)).toHaveCount(1);
  await expect(card(page.getByRole("main"), name)).toHaveCount(0);

  // Hide it: gone from the page and the footer (and its role with it, having no other partner).
  await partners.gotoPartner(id);
  await page.getByLabel("Show on the site").uncheck();
  await partners.saveChanges();
  await expect(page.locator(`#partner-${id}`)).toContainText("Hidden");
  await page.goto("/en/partners");
  await expect(page.getByText(`Renamed Partner ${tag}`)).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("region", { name: roleLabel })).toHaveCount(0);
  await page.goto("/en/news");
  await expect(page.locator("footer").getByText(`Renamed Partner ${tag}`)).toHaveCount(0);

  await partners.deletePartner(id);
  await partners.deleteRole(roleId);
});

test("move a partner up within its role and a role up the page; a role with partners cannot be deleted", async ({ page }) => {
  const partners = new PartnerEditorPage(page);
  const tag = unique();
  const roleA = `Order A ${tag}`;
  const roleB = `Order B ${tag}`;
  const a = await partners.addRole(roleA, `Порядок А ${tag}`);
  const b = await partners.addRole(roleB, `Порядок Б ${tag}`);
  const p1 = await partners.addPartner(roleA, `Alpha ${tag}`, `Альфа ${tag}`);
  const p2 = await partners.addPartner(roleA, `Beta ${tag}`, `Бета ${tag}`);
  const p3 = await partners.addPartner(roleB, `Gamma ${tag}`, `Гамма ${tag}`);

  const names = (region: Locator) => region.locator(".partner-card__name").allTextContents();
  await page.goto("/en/partners");
  expect(await names(page.getByRole("main").getByRole("region", { name: roleA }))).toEqual([`Alpha ${tag}`, `Beta ${tag}`]);
  const headings = async () => (await page.locator("main h2").allTextContents()).filter((h) => h.includes(tag));
  expect(await headings()).toEqual([roleA, roleB]);

  // Keyboard only: focus "Move up" for Beta and press Enter.
  await page.goto("/admin/partners");
  await page.getByRole("button", { name: `Move up: Beta ${tag}` }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(`#role-${a} tbody tr`).first()).toHaveId(`partner-${p2}`);
  await expect(page.getByRole("button", { name: `Move down: Beta ${tag}` })).toBeFocused();
  await page.getByRole("button", { name: `Move up: role ${roleB}` }).click();
  await expect(page.locator(".partner-role").filter({ hasText: tag }).first()).toHaveId(`role-${b}`);

  await page.goto("/en/partners");
  expect(await names(page.getByRole("main").getByRole("region", { name: roleA }))).toEqual([`Beta ${tag}`, `Alpha ${tag}`]);
  expect(await headings()).toEqual([roleB, roleA]);

  // A role that still has partners is not deleted, and the editor is told why.
  await partners.gotoRole(a);
  await partners.deleteConfirmed("Delete role");
  await expect(partners.refusal).toContainText("This role cannot be deleted because 2 partners still have it");
  await page.goto("/admin/partners");
  await expect(page.locator(`#role-${a}`)).toBeVisible();

  for (const id of [p1, p2, p3]) await partners.deletePartner(id);
  await partners.deleteRole(a);
  await partners.deleteRole(b);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("moves and logo uploads work as plain form posts", async ({ page }) => {
    const partners = new PartnerEditorPage(page);
    const tag = unique();
    const roleLabel = `No-JS role ${tag}`;
    const roleId = await partners.addRole(roleLabel, `Без JS ${tag}`);
    const first = await partners.addPartner(roleLabel, `First ${tag}`, `Первый ${tag}`);
    const second = await partners.addPartner(roleLabel, `Second ${tag}`, `Второй ${tag}`);

    await partners.gotoPartner(second);
    await page.getByLabel("Logo image").setInputFiles({ name: "logo.webp", mimeType: "image/webp", buffer: await sharp(await logoPng(tag)).webp().toBuffer() });
    await page.getByRole("button", { name: "Upload logo" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/partners/${second}\\?logo=saved#logo$`));
    await expect(partners.notice.filter({ hasText: "Logo saved" })).toBeVisible();
    await expect(page.getByRole("img", { name: `Current logo of Second ${tag}` })).toHaveAttribute("src", /\.webp$/);

    await page.goto("/admin/partners");
    await page.getByRole("button", { name: `Move up: Second ${tag}` }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/partners#partner-${second}$`));
    await expect(page.locator(`#role-${roleId} tbody tr`).first()).toHaveId(`partner-${second}`);

    for (const id of [first, second]) await partners.deletePartner(id);
    await partners.deleteRole(roleId);
  });
});
