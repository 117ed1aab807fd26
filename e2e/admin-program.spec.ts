// The programme editor as an editor uses it, checked where visitors, calendar
// apps and the JSON's readers see the result (issue 9): a new session with a
// moderator and two speakers is on every public view within 2 s; a time
// change bumps the calendar's SEQUENCE by one; a stale save, an MDX problem,
// an end before the start and a service slot with people are refused with the
// input kept and nothing saved. These tests add sessions to the demo
// programme, so they run in the public-writes project (playwright.config.ts),
// after the specs that count it.
import ICAL from "ical.js";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStatePath } from "./fixtures/staff";
import { SessionEditorPage } from "./pages/session-editor";

test.use({ storageState: storageStatePath("editor") });
test.describe.configure({ mode: "serial", timeout: 120_000 });
// A save compiles two MDX bodies and expires every programme page: on a loaded 2-core machine more than the default 5 s.
const slowExpect = expect.configure({ timeout: 15_000 });

const run = Date.now().toString(36);
const title = { en: `Digital twins of factories ${run}`, ru: `Цифровые двойники заводов ${run}` };
const people = [
  { label: "Belyaeva Svetlana — Perm Regional Technopark", slug: "svetlana-belyaeva", role: "Moderator" },
  { label: "Brenner Klaus — Bavarian mechatronics cluster", slug: "klaus-brenner", role: "Speaker" },
  { label: "Grishin Nikolai — Perm Petrochemical Company", slug: "nikolai-grishin", role: "Speaker" },
];
/** Visible "within a second" of the save, as the issue asks of every editor change; 2 s for this shared machine. */
const WITHIN = { timeout: 2_000, intervals: [100, 200, 300] };

let sessionId = 0;
let code = "";

async function text(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  return response.ok() ? response.text() : `status ${response.status()}`;
}

function sequenceOf(ics: string): number {
  const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent");
  return Number(event?.getFirstPropertyValue("sequence"));
}

test("an editor adds a session with a moderator and two speakers: programme, session page, speakers, calendar and JSON show it within 2 s", async ({ page, request }) => {
  const editor = new SessionEditorPage(page);
  await editor.gotoNew();
  await editor.fillWhen("2012-04-20", "18:00", "19:30");
  await page.getByLabel("Hall", { exact: true }).selectOption({ label: "Hall B" });
  await editor.format.selectOption({ label: "Panel discussion" });
  await editor.titleEn.fill(title.en);
  await page.getByLabel("Title (Russian)").fill(title.ru);
  await editor.summaryEn.fill("How plants in the region model their lines before they build them.");
  await page.getByLabel("Description (English)").fill("## What we discuss\n\n- sensors\n- **models**\n");
  for (const [i, person] of people.entries()) {
    await page.getByLabel(`Person ${i + 1}`, { exact: true }).selectOption({ label: person.label });
    await page.locator(`[name="people.${i}.role"]`).selectOption({ label: person.role });
  }
  // The preview renders the description through the public pipeline without saving.
  await page.getByRole("button", { name: "Preview the descriptions" }).click();
  await expect(page.locator(".session-preview__pane[lang=en] h2")).toHaveText("What we discuss");

  await page.getByRole("button", { name: "Add session" }).click();
  await slowExpect(editor.notice).toContainText("Added the session");
  sessionId = Number(/\/admin\/program\/sessions\/(\d+)/.exec(page.url())?.[1]);
  code = (await page.locator("h1 .program-admin__code").textContent()) ?? "";
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  // An empty address was made from the title, in each language.
  await expect(page.getByLabel("Address (English)")).toHaveValue(`digital-twins-of-factories-${run}`);
  await expect(page.getByLabel("Address (Russian)")).toHaveValue(`tsifrovye-dvoyniki-zavodov-${run}`);

  const sessionPath = `/en/program/${code}-digital-twins-of-factories-${run}`;
  await expect.poll(() => text(request, "/en/program"), WITHIN).toContain(title.en);
  await expect.poll(() => text(request, "/ru/program/2012-04-20"), WITHIN).toContain(title.ru);
  await expect.poll(() => text(request, sessionPath), WITHIN).toContain(title.en);
  const sessionPage = await text(request, sessionPath);
  // Moderator first, then the speakers in the order given.
  const order = people.map((p) => sessionPage.indexOf(`/en/speakers/${p.slug}`));
  expect(order.every((at) => at > 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  for (const person of people) await expect.poll(() => text(request, `/en/speakers/${person.slug}`), WITHIN).toContain(title.en);
  await expect.poll(() => text(request, `/en/program/${code}.ics`), WITHIN).toContain("BEGIN:VEVENT");
  await expect.poll(() => text(request, "/program.json"), WITHIN).toContain(code);
  expect(sequenceOf(await text(request, `/en/program/${code}.ics`))).toBe(0);
});

test("a time change moves the session and bumps its calendar SEQUENCE by one; a title change does not", async ({ page, request }) => {
  const editor = new SessionEditorPage(page);
  expect(sessionId).toBeGreaterThan(0);
  const before = sequenceOf(await text(request, `/en/program/${code}.ics`));
  await editor.goto(sessionId);
  await editor.fillWhen("2012-04-20", "19:00", "20:00");
  await editor.saveChanges();
  await slowExpect(editor.notice).toContainText("Saved.");
  await expect(page.getByText(`Calendar sequence ${before + 1}`)).toBeVisible();
  await expect.poll(async () => sequenceOf(await text(request, `/en/program/${code}.ics`)), WITHIN).toBe(before + 1);
  const ics = await text(request, `/en/program/${code}.ics`);
  // 19:00 Perm time in 2012 (UTC+6) is 13:00 UTC.
  expect(ics).toContain("DTSTART:20120420T130000Z");

  await editor.summaryEn.fill("Models of lines before they are built.");
  await editor.saveChanges();
  await slowExpect(editor.notice).toContainText("Saved.");
  await expect.poll(async () => (await text(request, `/en/program/${code}.ics`)).includes("Models of lines"), WITHIN).toBe(true);
  expect(sequenceOf(await text(request, `/en/program/${code}.ics`))).toBe(before + 1);
});

test("a save over someone else's newer save is refused, with the editor's text kept", async ({ page, browser }) => {
  const editor = new SessionEditorPage(page);
  await editor.goto(sessionId);
  // A colleague saves first, in another window.
  const other = await browser.newPage({ storageState: storageStatePath("editor") });
  const otherEditor = new SessionEditorPage(other);
  await otherEditor.goto(sessionId);
  await otherEditor.summaryRu.fill("Коллега успел первым.");
  await otherEditor.saveChanges();
  await slowExpect(otherEditor.notice).toContainText("Saved.");
  await other.close();

  await editor.summaryEn.fill("My own words, which must not be lost.");
  await editor.saveChanges();
  await slowExpect(editor.refusal).toContainText("Someone else saved this session while you were editing it");
  await expect(editor.summaryEn).toHaveValue("My own words, which must not be lost.");
  await page.reload();
  await expect(editor.summaryRu).toHaveValue("Коллега успел первым.");
  await expect(editor.summaryEn).not.toHaveValue("My own words, which must not be lost.");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("bad input is refused with clear messages, every field kept and nothing saved", async ({ page, request }) => {
    const editor = new SessionEditorPage(page);
    await editor.goto(sessionId);
    const version = await editor.version.inputValue();
    await editor.fillWhen("2012-04-20", "20:00", "19:00");
    await editor.titleEn.fill(`Changed ${run}`);
    await editor.descriptionRu.fill("Текст\n\n<script>alert(1)</script>\n");
    await editor.saveChanges();
    const summary = editor.refusal;
    await slowExpect(summary).toContainText("The session must end after it starts.");
    await expect(summary).toContainText(/Line 3, column 1: /);
    await expect(editor.titleEn).toHaveValue(`Changed ${run}`);
    await expect(editor.descriptionRu).toHaveValue("Текст\n\n<script>alert(1)</script>\n");
    await expect(editor.version).toHaveValue(version);

    // A service slot (a break) has no people: refused, people kept.
    await editor.fillWhen("2012-04-20", "19:00", "20:00");
    await editor.descriptionRu.fill("");
    await editor.format.selectOption({ label: "Break (service slot: no page, no people)" });
    await editor.saveChanges();
    await slowExpect(editor.refusal).toContainText("Break has no speakers");
    await expect(page.getByLabel("Person 1", { exact: true })).toHaveValue(/\d+/);

    expect(await text(request, "/en/program")).not.toContain(`Changed ${run}`);
    await editor.goto(sessionId);
    await expect(editor.version).toHaveValue(version);
  });
});

test("the edition settings are for admins only", async ({ page }) => {
  const response = await page.goto("/admin/program/edition");
  expect(response?.status()).toBe(403);
  await page.goto("/admin/program");
  await expect(page.getByRole("link", { name: "Edition settings and publication" })).toHaveCount(0);
});

test("signed out, the programme admin asks for a sign-in", async ({ browser }) => {
  const anonymous = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  for (const path of ["/admin/program", `/admin/program/sessions/${sessionId}`, "/admin/program/sessions/new", "/admin/program/edition"]) {
    await anonymous.goto(path);
    await expect(anonymous).toHaveURL(/\/admin\/login/);
  }
  await anonymous.close();
});
