// The programme's people, halls, tracks and formats in the admin, as an editor,
// checked on the public site: a person with consent and a photo is public only
// once on a session (the consent gate and the speakers list in
// db/queries/program.ts list people with a session of the edition); a stale
// save is refused with the input kept; deleting a linked person is refused;
// the list works without JavaScript; every action and the photo route refuse
// an anonymous caller; a hall's add and rename reach /en/program within 2 s.
// Runs in the public-writes project (playwright.config.ts): it changes what the
// public programme shows, and cleans up what it makes.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type Request } from "@playwright/test";
import pg from "pg";
import sharp from "sharp";
import { storageStatePath } from "./fixtures/staff";
import { AdminPage } from "./pages/admin-page";

test.use({ storageState: storageStatePath("editor") });
test.describe.configure({ mode: "serial", timeout: 120_000 });

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Server-action and upload posts the editor made, replayed anonymously at the end. */
const captured: { url: string; headers: Record<string, string>; body: Buffer | null; what: string }[] = [];

function capture(page: Page, what: string) {
  const listener = (request: Request) => {
    if (request.method() !== "POST" || !request.headers()["next-action"]) return;
    const { cookie: _cookie, ...headers } = request.headers();
    captured.push({ url: request.url(), headers, body: request.postDataBuffer(), what });
  };
  page.on("request", listener);
  return () => page.off("request", listener);
}

async function withDb<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function portrait(): Promise<Buffer> {
  return sharp({ create: { width: 600, height: 800, channels: 3, background: { r: 120, g: 90, b: 60 } } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

async function publicStatus(page: Page, path: string): Promise<number> {
  return (await page.request.get(path, { maxRedirects: 0 })).status();
}

let personId = 0;
let slug = "";
let nameEn = "";

test("an editor adds a person with consent and a photo; public only once on a session; stale save and linked delete refused", async ({ page, browser }) => {
  const admin = new AdminPage(page);
  const tag = unique();
  nameEn = `Anna Test${tag}`;
  slug = `anna-test${tag}`;
  const stop = capture(page, "person");

  await page.goto("/admin/program/people/new");
  await page.getByLabel("Last name in Russian").fill(`Тестова${tag}`);
  await page.getByLabel("First name in Russian").fill("Анна");
  await page.getByLabel("First name in English").fill("Anna");
  await page.getByLabel("Last name in English").fill(`Test${tag}`);
  // The web address is suggested from the English name.
  await expect(page.getByLabel("Web address")).toHaveValue(slug);
  await page.getByLabel("Organisation in English").fill(`Org ${tag}`);
  await page.getByLabel("Biography in English").fill("Builds things.");
  await expect(page.getByLabel("Consent date")).toHaveAttribute("aria-describedby", "consentAt-hint");
  await expect(page.locator("#consentAt-hint")).toContainText("appears nowhere on the public site");
  await page.getByLabel("Consent date").fill("2026-01-15");
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(admin.notice.first()).toContainText("Person added");
  personId = Number(/\/admin\/program\/people\/(\d+)\?created=1/.exec(page.url())?.[1]);
  expect(personId).toBeGreaterThan(0);

  // A real JPEG through the upload pipeline.
  await page.locator("#photo-file").setInputFiles({ name: "anna.jpg", mimeType: "image/jpeg", buffer: await portrait() });
  await page.getByRole("button", { name: "Upload photo" }).click();
  await expect(admin.notice.filter({ hasText: "Photo saved" })).toBeVisible();
  await expect(page.getByRole("img", { name: `Current photo of ${nameEn}` })).toHaveAttribute("src", /^\/media\/[0-9a-f]{64}\.jpg$/);

  // Consent but no session: nowhere public.
  expect(await publicStatus(page, `/en/speakers/${slug}`)).toBe(404);

  // On a session (linked in the database: the session editor is elsewhere), then a save expires the pages.
  const sessionTitle = await withDb(async (db) => {
    const { rows } = await db.query<{ id: number; title_en: string }>(
      "SELECT s.id, s.title_en FROM program_sessions s JOIN editions e ON e.id = s.edition_id JOIN session_formats f ON f.id = s.format_id WHERE e.is_current AND s.status = 'scheduled' AND NOT f.is_service ORDER BY s.starts_at, s.id LIMIT 1",
    );
    await db.query("INSERT INTO session_people (session_id, person_id, role, position) VALUES ($1, $2, 'speaker', 99)", [rows[0]!.id, personId]);
    return rows[0]!.title_en;
  });
  await page.goto(`/admin/program/people/${personId}`);
  await page.getByLabel("Position in English").fill("Chief tester");
  await admin.saveChanges();
  await expect(admin.notice.first()).toContainText(`Saved “${nameEn}”`);
  await expect.poll(() => publicStatus(page, `/en/speakers/${slug}`), { timeout: 2_000, intervals: [100, 200] }).toBe(200);
  await page.goto(`/en/speakers/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Test${tag}`);
  await expect(page.getByRole("main")).toContainText("Chief tester");
  await expect(page.locator("img.speaker-page__photo")).toHaveAttribute("src", /^\/media\/[0-9a-f]{64}\.jpg$/);
  await expect(page.getByRole("main")).toContainText(sessionTitle);

  // Two tabs on one person: the second save is refused, its input kept.
  const other = await page.context().newPage();
  await page.goto(`/admin/program/people/${personId}`);
  await other.goto(`/admin/program/people/${personId}`);
  await page.getByLabel("Biography in English").fill("Saved first.");
  await admin.saveChanges();
  await expect(admin.notice.first()).toContainText("Saved");
  await other.getByLabel("Biography in English").fill("My stale edit.");
  await new AdminPage(other).saveChanges();
  const summary = other.locator(".error-summary");
  await expect(summary).toContainText("Someone else saved this person");
  await expect(summary).toBeFocused();
  await expect(other.getByLabel("Biography in English")).toHaveValue("My stale edit.");
  await other.close();

  // A person on a session cannot be deleted: the refusal names the session.
  await admin.deleteConfirmed("Delete person");
  await expect(admin.refusal).toContainText(`was not deleted: they are on 1 session: “${sessionTitle}”`);

  // Remove the photo (a plain form post).
  await page.getByRole("button", { name: "Remove photo" }).click();
  await expect(admin.notice.filter({ hasText: "Photo removed" })).toBeVisible();
  stop();
  void browser;
});

test("the people list searches and shows consent and sessions with JavaScript off", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStatePath("editor"), javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/admin/program/people");
  await page.getByLabel("Search by name or organisation").fill(nameEn.split(" ")[1]!);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/admin\/program\/people\?q=/);
  const row = page.locator(`#person-${personId}`);
  await expect(row).toContainText(nameEn);
  await expect(row.getByRole("cell").nth(1)).toHaveText("Yes");
  await expect(row.getByRole("cell").nth(2)).toHaveText("1");
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await context.close();
});

test("halls: add and rename reach the public programme within 2 s; move and delete", async ({ page }) => {
  const admin = new AdminPage(page);
  const tag = unique();
  const stop = capture(page, "hall");
  const inProgramme = async (text: string) => (await (await page.request.get("/en/program")).text()).includes(text);

  await page.goto("/admin/program/halls");
  const add = page.locator("form").filter({ has: page.getByRole("button", { name: "Add hall" }) });
  await add.getByRole("button", { name: "Add hall" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await add.getByLabel("Name in English").fill(`Hall ${tag}`);
  await add.getByLabel("Name in Russian").fill(`Зал ${tag}`);
  await add.getByLabel("Web name").fill(`hall-${tag}`);
  await add.getByRole("button", { name: "Add hall" }).click();
  await expect(admin.notice).toContainText(`Added the hall “Hall ${tag}”`);
  const hallId = Number(/#hall-(\d+)$/.exec(page.url())?.[1]);
  await expect.poll(() => inProgramme(`Hall ${tag}`), { timeout: 2_000, intervals: [100, 200] }).toBe(true);

  // A taken web name is refused with the input kept.
  await page.goto("/admin/program/halls");
  await add.getByLabel("Name in English").fill(`Twin ${tag}`);
  await add.getByLabel("Name in Russian").fill(`Близнец ${tag}`);
  await add.getByLabel("Web name").fill(`hall-${tag}`);
  await add.getByRole("button", { name: "Add hall" }).click();
  await expect(page.locator("#slug-error")).toContainText(`already has the web name “hall-${tag}”`);
  await expect(add.getByLabel("Name in English")).toHaveValue(`Twin ${tag}`);

  await page.getByRole("link", { name: `Edit hall: Hall ${tag}` }).click();
  await page.getByLabel("Name in English").fill(`Renamed hall ${tag}`);
  await admin.saveChanges();
  await expect(admin.notice).toContainText(`Saved the hall “Renamed hall ${tag}”`);
  await expect.poll(() => inProgramme(`Renamed hall ${tag}`), { timeout: 2_000, intervals: [100, 200] }).toBe(true);

  await page.getByRole("button", { name: `Move up: Renamed hall ${tag}` }).click();
  await expect(page).toHaveURL(new RegExp(`#hall-${hallId}$`));
  const rows = page.locator("tbody tr");
  const count = await rows.count();
  await expect(rows.nth(count - 2)).toHaveAttribute("id", `hall-${hallId}`);
  await expect(page.getByRole("button", { name: `Move up: Renamed hall ${tag}` })).toBeFocused();

  await page.goto(`/admin/program/halls/${hallId}`);
  await admin.deleteConfirmed("Delete hall");
  await expect(admin.notice).toContainText("The hall was deleted.");
  await expect.poll(() => inProgramme(`Renamed hall ${tag}`), { timeout: 2_000, intervals: [100, 200] }).toBe(false);
  stop();
});

test("a hall in use is not deleted; a track takes a colour; a format its two switches", async ({ page }) => {
  const admin = new AdminPage(page);
  const tag = unique();
  await page.goto("/admin/program/halls");
  await page.locator("tbody tr").first().getByRole("link").click();
  await admin.deleteConfirmed("Delete hall");
  await expect(admin.refusal).toContainText(/was not deleted: \d+ sessions? uses? it/);

  await page.goto("/admin/program/tracks");
  await page.getByLabel("Name in English").fill(`Track ${tag}`);
  await page.getByLabel("Name in Russian").fill(`Трек ${tag}`);
  await page.getByLabel("Web name").fill(`track-${tag}`);
  await page.getByLabel("Colour").fill("#aa3300");
  await page.getByRole("button", { name: "Add track" }).click();
  const trackRow = page.locator("tbody tr").filter({ hasText: `Track ${tag}` });
  await expect(trackRow).toContainText("#aa3300");
  await trackRow.getByRole("link").click();
  await admin.deleteConfirmed("Delete track");
  await expect(admin.notice).toContainText("The track was deleted.");

  await page.goto("/admin/program/formats");
  await page.getByLabel("Name in English").fill(`Coffee ${tag}`);
  await page.getByLabel("Name in Russian").fill(`Кофе ${tag}`);
  await page.getByLabel("Key").fill(`coffee_${tag}`);
  await page.getByLabel("Service slot (no page, no speakers)").check();
  await page.getByRole("button", { name: "Add format" }).click();
  const formatRow = page.locator("tbody tr").filter({ hasText: `Coffee ${tag}` });
  await expect(formatRow).toContainText("Service slot");
  await formatRow.getByRole("link").click();
  await expect(page.getByLabel("Service slot (no page, no speakers)")).toBeChecked();
  await expect(page.getByLabel("Spans all halls (plenary)")).not.toBeChecked();
  await admin.deleteConfirmed("Delete format");
  await expect(admin.notice).toContainText("The format was deleted.");
});

test("the people and setup pages have no axe violations, with a refusal showing", async ({ page }) => {
  const paths = ["/admin/program/people", "/admin/program/people/new", `/admin/program/people/${personId}`, "/admin/program/halls", "/admin/program/tracks", "/admin/program/formats"];
  for (const path of paths) {
    await page.goto(path);
    if (path.endsWith("/new")) {
      await page.getByRole("button", { name: "Add person" }).click();
      await expect(page.locator(".error-summary")).toBeFocused();
    }
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});

test("anonymous posts to every action seen and to the photo route are refused", async ({ playwright, baseURL, page }) => {
  expect(captured.length).toBeGreaterThanOrEqual(8);
  // An explicit empty state: a request context made here would otherwise take the editor's cookies from test.use.
  const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  for (const post of captured) {
    const response = await anonymous.post(post.url, { headers: post.headers, data: post.body ?? undefined, maxRedirects: 0 });
    const redirect = response.headers()["x-action-redirect"] ?? response.headers()["location"] ?? "";
    expect(redirect, `${post.what}: ${response.status()} ${(await response.text()).slice(0, 300)}`).toContain("/admin/login");
  }
  const photo = await anonymous.post(`/admin/api/people/${personId}/photo`, {
    multipart: { photo: { name: "p.jpg", mimeType: "image/jpeg", buffer: await portrait() } },
    headers: { accept: "application/json" },
  });
  expect(photo.status()).toBe(401);
  await anonymous.dispose();

  // The replays changed nothing: the person is as the editor left them, with no photo.
  await page.goto(`/admin/program/people/${personId}`);
  await expect(page.getByLabel("Biography in English")).toHaveValue("Saved first.");
  await expect(page.getByRole("button", { name: "Remove photo" })).toHaveCount(0);
});

test.afterAll(async ({ browser }) => {
  if (!personId) return;
  await withDb((db) => db.query("DELETE FROM session_people WHERE person_id = $1", [personId]));
  const context = await browser.newContext({ storageState: storageStatePath("editor") });
  const page = await context.newPage();
  const admin = new AdminPage(page);
  await page.goto(`/admin/program/people/${personId}`);
  await admin.deleteConfirmed("Delete person");
  await expect(admin.notice.filter({ hasText: "The person was deleted." })).toBeVisible();
  await context.close();
});
