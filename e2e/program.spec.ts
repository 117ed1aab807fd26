// The programme, sessions and speakers as a visitor (JavaScript off) and as
// calendar apps and crawlers read them (issue 9): the demo 2012 programme
// (lib/seed/program-2012*.ts) plus a cancelled session (e2e/fixtures/program.ts).
import ICAL from "ical.js";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { cancelledSession } from "./fixtures/program";
import { expectWellFormedPage, visit } from "./support";

/** 23 demo sessions and the fixture's cancelled one; 4 of them (registration, two lunches, the reception) have no page. */
const SESSIONS = 24;
const WITH_PAGE = 20;

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  for (const [locale, zone, days] of [
    ["en", "All times are Perm time, UTC+6", ["Thursday, April 19", "Friday, April 20", "Saturday, April 21"]],
    ["ru", "Указано время пермское, UTC+6", ["Четверг, 19 апреля", "Пятница, 20 апреля", "Суббота, 21 апреля"]],
  ] as const) {
    test(`the whole programme in ${locale}: days, start times, sessions, people, the zone`, async ({ page }) => {
      const response = await visit(page, `/${locale}/program`);
      await expectWellFormedPage(page, response);
      await expect(page.locator("main .program-zone").first()).toHaveText(zone);
      await expect(page.locator("main .program-day__title")).toHaveText([...days]);
      await expect(page.locator("main article.session")).toHaveCount(SESSIONS);
      // Every time carries Perm's offset of 2012.
      const datetimes = await page.locator("main article.session time").evaluateAll((els) => els.map((el) => el.getAttribute("datetime") ?? ""));
      expect(datetimes.length).toBe(SESSIONS * 2);
      for (const dt of datetimes) expect(dt).toMatch(/^2012-04-(19|20|21)T\d\d:\d\d\+06:00$/);
      // The plenary once, its moderator first; no one without consent anywhere.
      const plenary = page.locator("article.session", { has: page.locator('a[href*="/program/PL3NRY-"]') });
      await expect(plenary).toHaveCount(1);
      await expect(plenary.locator(".session-people li").first()).toHaveClass(/--moderator/);
      await expect(plenary.locator(".session-people li")).toHaveCount(6);
      expect(await page.content()).not.toMatch(/Smirnov|Смирнов/);
      // The cancelled session is listed, marked.
      const cancelled = page.locator("article.session--cancelled");
      await expect(cancelled).toHaveCount(1);
      await expect(cancelled.locator(".session-status")).toHaveText(locale === "en" ? "Cancelled" : "Отменено");
      // The navigation's programme link leads here.
      await expect(page.getByRole("navigation").first().locator('a[aria-current="page"]')).toHaveAttribute("href", `/${locale}/program`);
    });
  }

  test("a day, a filter by GET form, a session and a speaker, by links and buttons", async ({ page }) => {
    await visit(page, "/en/program");
    await page.getByRole("navigation", { name: "Days of the forum" }).getByRole("link", { name: "Friday, April 20" }).click();
    await expect(page).toHaveURL(/\/en\/program\/2012-04-20$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Program for Friday, April 20");
    const friday = await page.locator("main article.session").count();
    expect(friday).toBe(9);

    await page.getByLabel("Hall").selectOption({ label: "Hall B" });
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/\/en\/program\/2012-04-20\?hall=hall-b&track=&format=$/);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/program\/2012-04-20$/);
    const halls = await page.locator("main article.session .session-facts__hall").allTextContents();
    expect(halls.length).toBe(2);
    for (const hall of halls) expect(hall).toBe("Hall B");

    await page.locator("main article.session .session__title a").first().click();
    await expect(page).toHaveURL(/\/en\/program\/[A-Z2-9]{6}-[a-z0-9-]+$/);
    await expect(page.locator("main .session-page__people li").first()).toHaveClass(/--moderator/);
    await page.locator("main .session-page__people a").first().click();
    await expect(page).toHaveURL(/\/en\/speakers\/[a-z-]+$/);
    await expect(page.locator("main .speaker-sessions__item").first()).toContainText("Moderator:");
  });

  test("the speakers index: letters, search by organisation, a speaker's page", async ({ page }) => {
    const response = await visit(page, "/ru/speakers");
    await expectWellFormedPage(page, response);
    await expect(page.locator("main .speaker-card")).toHaveCount(40);
    const letters = await page.getByRole("navigation", { name: "Указатель по фамилиям" }).getByRole("link").allTextContents();
    expect(letters[0]).toBe("Б");
    expect(letters).toEqual([...letters].sort((a, b) => a.localeCompare(b, "ru")));
    // "камск" is in Камское приборостроительное объединение and in При-камск-ий химический комбинат.
    await page.getByRole("searchbox", { name: "Поиск по имени или организации" }).fill("камск");
    await page.locator("form.speaker-search").getByRole("button", { name: "Найти" }).click();
    await expect(page).toHaveURL(/\/ru\/speakers\?q=/);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
    const found = await page.locator("main .speaker-card__name").allTextContents();
    expect(found).toEqual(["Геннадий Зайцев", "Сергей Малков", "Елена Попова"]);
    await page.getByRole("link", { name: "Сергей Малков" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Сергей Петрович Малков");
    await expect(page.locator("main .speaker-sessions__item")).toHaveCount(2);
    const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}")["@graph"] as { "@type": string }[];
    expect(graph.find((n) => n["@type"] === "Person")).toMatchObject({ name: "Сергей Петрович Малков", jobTitle: "Управляющий директор" });
  });
});

test("a session page: JSON-LD Event, hreflang, a wrong slug answers 301, breaks have no page", async ({ page, request, baseURL }) => {
  await visit(page, "/ru/program/PL3NRY-regiony-innovatsiy");
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", `${baseURL}/en/program/PL3NRY-regions-of-innovation`);
  const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}")["@graph"] as { "@type": string }[];
  const ld = graph.find((n) => n["@type"] === "Event") as unknown as { performer: unknown[] };
  expect(graph.filter((n) => n["@type"] === "BreadcrumbList")).toHaveLength(1);
  expect(ld).toMatchObject({
    startDate: "2012-04-19T11:00+06:00",
    endDate: "2012-04-19T13:30+06:00",
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    superEvent: { "@type": "Event" },
  });
  expect(ld.performer).toHaveLength(6);
  for (const [from, to] of [
    ["/ru/program/PL3NRY", "/ru/program/PL3NRY-regiony-innovatsiy"],
    ["/ru/program/PL3NRY-regions-of-innovation", "/ru/program/PL3NRY-regiony-innovatsiy"],
    ["/en/program/PL3NRY-old-title", "/en/program/PL3NRY-regions-of-innovation"],
  ]) {
    const response = await request.get(from!, { maxRedirects: 0 });
    expect(response.status(), from).toBe(301);
    expect(response.headers()["location"]).toBe(`${baseURL}${to}`);
  }
  await visit(page, `/en/program/${cancelledSession.code}-${cancelledSession.slugEn}`);
  await expect(page.locator("main .session-status")).toHaveText("Cancelled");
});

test("a session body that fails the MDX allowlist renders as escaped text, as in news", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const response = await visit(page, `/en/program/${cancelledSession.code}-${cancelledSession.slugEn}`);
  const html = await response.text();
  expect(html).toContain("&lt;script&gt;window.__pwned = true&lt;/script&gt;");
  expect(html).not.toContain("<script>window.__pwned");
  expect(html).not.toContain("<iframe");
  await expect(page.locator("main .mdx-fallback")).toContainText("<script>window.__pwned = true</script>");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test("unknown or malformed days, codes, slugs and filter values answer the site's 404, never 500", async ({ request, baseURL }) => {
  for (const path of [
    "/en/program/2012-04-22",
    "/en/program/2012-02-30",
    "/en/program/ZZZZZZ-nothing",
    "/en/program/R8K2QF-registration",
    "/en/program/pl3nry",
    "/en/program/PL3NRY-x/y",
    "/en/program?hall=no-such-hall",
    "/en/program?format=%00",
    "/en/program/2012-04-20?track=nope",
    "/ru/speakers/nobody",
    "/ru/speakers/pyotr-smirnov",
    "/ru/speakers/Bad_Slug",
    "/en/program/%E0%A4%A",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toMatch(/Page not found|Страница не найдена/);
  }
  for (const path of ["/en/program/ZZZZZZ.ics", "/en/speakers/pyotr-smirnov.ics", "/en/speakers/nobody.ics"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  expect((await request.get("/program.json?lang=fr")).status()).toBe(400);
  // Blank filters and an empty search lead back to the plain page.
  for (const [path, to] of [["/en/program?hall=+&track=&format=", "/en/program"], ["/ru/speakers?q=+", "/ru/speakers"]]) {
    const response = await request.get(path!, { maxRedirects: 0 });
    expect(response.status(), path).toBe(303);
    expect(new URL(response.headers()["location"]!, baseURL).pathname).toBe(to);
  }
  // Filters all empty (the filter form with nothing chosen) are the plain page itself, canonical to its address.
  const unfiltered = await request.get("/en/program?hall=&track=&format=", { maxRedirects: 0 });
  expect(unfiltered.status()).toBe(200);
  expect(await unfiltered.text()).toContain(`<link rel="canonical" href="${new URL("/en/program", baseURL).href}"/>`);
});

async function calendar(request: APIRequestContext, path: string): Promise<{ text: string; events: ICAL.Event[] }> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const text = await response.text();
  for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8"), `${path}: ${line}`).toBeLessThanOrEqual(75);
  const component = new ICAL.Component(ICAL.parse(text));
  return { text, events: component.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

test("every calendar parses with ical.js; one UID per session across feeds and locales; cancelled kept", async ({ request, page }) => {
  test.setTimeout(120_000);
  const en = await calendar(request, "/en/program.ics");
  const ru = await calendar(request, "/ru/program.ics");
  expect(en.events).toHaveLength(WITH_PAGE);
  expect(ru.events.map((e) => e.uid)).toEqual(en.events.map((e) => e.uid));
  const cancelled = ru.events.find((e) => e.summary === cancelledSession.titleRu)!;
  expect(cancelled.component.getFirstPropertyValue("status")).toBe("CANCELLED");
  expect(cancelled.sequence).toBe(1);
  expect(cancelled.startDate.toJSDate().toISOString()).toBe("2012-04-21T10:00:00.000Z");
  const uidOf = new Map(en.events.map((e) => [e.summary, e.uid]));

  // Each session's own feed and each speaker's feed: the same UIDs.
  await visit(page, "/en/program");
  const sessionPaths = await page.locator("main article.session .session__title a").evaluateAll((els) => els.map((el) => el.getAttribute("href")!));
  expect(sessionPaths).toHaveLength(WITH_PAGE);
  for (const path of sessionPaths) {
    const code = /\/program\/([A-Z2-9]{6})-/.exec(path)![1];
    const one = await calendar(request, `/en/program/${code}.ics`);
    expect(one.events).toHaveLength(1);
    expect(one.events[0]!.uid).toBe(uidOf.get(one.events[0]!.summary));
  }
  await visit(page, "/en/speakers");
  const speakerPaths = await page.locator("main .speaker-card__name").evaluateAll((els) => els.map((el) => el.getAttribute("href")!));
  expect(speakerPaths).toHaveLength(40);
  for (const path of speakerPaths) {
    const feed = await calendar(request, `${path}.ics`);
    expect(feed.events.length, path).toBeGreaterThan(0);
    for (const event of feed.events) expect(event.uid).toBe(uidOf.get(event.summary));
  }
});

test("calendars and /program.json answer 304 to their ETag and are byte-identical between requests", async ({ request }) => {
  for (const path of ["/en/program.ics", "/ru/program/PL3NRY.ics", "/ru/speakers/pavel-gromov.ics", "/program.json", "/program.json?lang=en"]) {
    const first = await request.get(path);
    const second = await request.get(path);
    expect(await second.text(), path).toBe(await first.text());
    const etag = first.headers()["etag"]!;
    expect(etag, path).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const conditional = await request.get(path, { headers: { "If-None-Match": etag } });
    expect(conditional.status(), path).toBe(304);
    expect((await request.get(path, { headers: { "If-None-Match": '"stale"' } })).status(), path).toBe(200);
  }
});

test("/program.json is frab/c3voc-shaped, with consented people only", async ({ request }) => {
  const response = await request.get("/program.json");
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  const json = await response.json();
  const conference = json.schedule.conference;
  expect(conference).toMatchObject({ start: "2012-04-19", end: "2012-04-21", daysCount: 3, time_zone_name: "Asia/Yekaterinburg" });
  const events = conference.days.flatMap((d: { rooms: Record<string, unknown[]> }) => Object.values(d.rooms).flat());
  expect(events).toHaveLength(WITH_PAGE);
  expect(JSON.stringify(json)).not.toMatch(/Smirnov|Смирнов/);
});

test("the sitemap lists sessions and speakers in both locales with hreflang, and nobody without consent", async ({ request, baseURL }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(locs.filter((l) => /\/program\/[A-Z2-9]{6}-/.test(l))).toHaveLength(WITH_PAGE * 2);
  expect(locs.filter((l) => /\/speakers\/[a-z-]+$/.test(l))).toHaveLength(80);
  expect(locs.filter((l) => l === `${baseURL}/en/program`)).toHaveLength(1);
  expect(xml).toContain(`hreflang="ru" href="${baseURL}/ru/program/PL3NRY-regiony-innovatsiy"`);
  expect(xml).not.toContain("pyotr-smirnov");
});

test("home shows the programme's sessions for everyone and leads to the programme", async ({ page }) => {
  await visit(page, "/ru");
  const section = page.locator("main .home-program");
  await expect(section.getByRole("heading", { level: 2 })).toHaveText("Главное в программе");
  await expect(section.locator(".home-program__item h3")).toHaveText([
    "Регионы инноваций: конкуренция за людей, технологии и капитал",
    "Заключительное заседание: проект резолюции форума, награждение победителей молодёжного конкурса",
  ]);
  await expect(section.locator(".home-program__moderator").first()).toHaveText("Модератор: Павел Громов");
  await section.getByRole("link", { name: "Вся программа" }).click();
  await expect(page).toHaveURL(/\/ru\/program$/);
});
