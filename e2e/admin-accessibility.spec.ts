// axe-core on every staff page, signed in as an admin (who sees every page), plus
// the sign-in page: 0 violations, with axe's label-content-name-mismatch rule
// switched on (WCAG 2.5.3, label in name: it is off in axe's defaults). Every
// link or button whose accessible name differs from its visible text must start
// with that text, so a speech user can say what they see. Read-only: it opens
// pages and changes nothing.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { storageStatePath } from "./fixtures/staff";

// axe on a long admin page takes tens of seconds when the 2-core machine is busy.
test.describe.configure({ timeout: 90_000 });

async function violations(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  const results = await new AxeBuilder({ page }).options({ rules: { "label-content-name-mismatch": { enabled: true } } }).analyze();
  return results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The first link on `listPath` whose address matches `pattern` (an item's own page). */
async function firstLink(page: Page, listPath: string, pattern: RegExp): Promise<string> {
  await page.goto(listPath);
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link matching ${pattern} on ${listPath}`).toBeTruthy();
  return href!;
}

test.describe("signed in as an admin", () => {
  test.use({ storageState: storageStatePath("admin") });

  const pages = [
    "/admin/news",
    "/admin/news/new",
    "/admin/partners",
    "/admin/partners/new",
    "/admin/partners/roles/new",
    "/admin/users",
    "/admin/users/new",
    "/admin/account",
    "/admin/account/two-factor",
    "/admin/audit",
    "/admin/program",
    "/admin/program/sessions/new",
    "/admin/program/edition",
    "/admin/program/people",
    "/admin/program/people/new",
    "/admin/program/halls",
    "/admin/program/tracks",
    "/admin/program/formats",
  ];
  for (const path of pages) {
    test(`${path} has no axe violations, label in name included`, async ({ page }) => {
      expect(await violations(page, path)).toEqual([]);
    });
  }

  // An item's own page, found from its list.
  const items: [string, string, RegExp][] = [
    ["an article", "/admin/news", /^\/admin\/news\/\d+$/],
    ["a partner", "/admin/partners", /^\/admin\/partners\/\d+$/],
    ["a role", "/admin/partners", /^\/admin\/partners\/roles\/\d+$/],
    ["a user", "/admin/users", /^\/admin\/users\/\d+$/],
    ["a session", "/admin/program", /^\/admin\/program\/sessions\/\d+$/],
    ["a person", "/admin/program/people", /^\/admin\/program\/people\/\d+$/],
  ];
  for (const [what, list, pattern] of items) {
    test(`${what}'s page has no axe violations, label in name included`, async ({ page }) => {
      expect(await violations(page, await firstLink(page, list, pattern))).toEqual([]);
    });
  }

  test("an article's revisions and a revision have no axe violations, label in name included", async ({ page }) => {
    // The draft fixture has a saved version (e2e/fixtures/articles.ts).
    const draft = await firstLink(page, "/admin/news?q=E2E+draft+article", /^\/admin\/news\/\d+$/);
    const revision = await firstLink(page, `${draft}/revisions`, /^\/admin\/news\/\d+\/revisions\/\d+$/);
    expect([...(await violations(page, `${draft}/revisions`)), ...(await violations(page, revision))]).toEqual([]);
  });
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the sign-in page has no axe violations, label in name included", async ({ page }) => {
    expect(await violations(page, "/admin/login")).toEqual([]);
  });
});
