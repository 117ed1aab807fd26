// The security headers of every template (issue 11): public pages, cached and
// shared, carry a fixed Content-Security-Policy; staff pages a per-request
// nonce policy with no 'unsafe-inline' or 'unsafe-eval' for scripts, noindex
// and no Referer. A staff page must still work under its policy: no CSP
// violation in the console, and the sign-in form's script runs.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { storageStatePath } from "./fixtures/staff";

function directives(csp: string | undefined): Map<string, string[]> {
  expect(csp, "Content-Security-Policy header").toBeTruthy();
  return new Map(
    csp!
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

function expectBaseline(csp: Map<string, string[]>) {
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(["'none'", "'self'"]).toContain(csp.get("base-uri")?.join(" "));
  expect(csp.get("form-action")).toEqual(["'self'"]);
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  expect(csp.get("default-src")).toEqual(["'self'"]);
  for (const directive of ["script-src", "style-src", "font-src", "connect-src"]) {
    // Only the site's own origin: no host, no scheme wildcard.
    for (const source of csp.get(directive) ?? []) expect(source, `${directive} ${source}`).toMatch(/^'/);
  }
  expect(csp.get("script-src")).not.toContain("'unsafe-eval'");
}

/** One address of each public template, found by following the site's own links. */
async function publicTemplates(request: APIRequestContext): Promise<string[]> {
  const firstLink = async (page: string, pattern: RegExp) => {
    const html = await (await request.get(page)).text();
    const match = pattern.exec(html);
    expect(match, `a link matching ${pattern} on ${page}`).not.toBeNull();
    return match![1]!;
  };
  return [
    "/en",
    "/ru",
    "/en/news",
    await firstLink("/en/news", /href="(\/en\/news\/(?!page\/)[a-z0-9-]+)"/),
    "/en/about",
    "/en/partners",
    "/en/program",
    "/en/program/2012-04-20",
    await firstLink("/en/program", /href="(\/en\/program\/[A-Z2-9]{6}-[a-z0-9-]+)"/),
    "/en/speakers",
    await firstLink("/en/speakers", /href="(\/en\/speakers\/[a-z0-9-]+)"/),
    "/en/search?q=forum",
    "/en/no-such-page",
  ];
}

test("every public template carries the public policy and the basic headers", async ({ request }) => {
  for (const path of await publicTemplates(request)) {
    const response = await request.get(path);
    expect([200, 404], path).toContain(response.status());
    const headers = response.headers();
    const csp = directives(headers["content-security-policy"]);
    expectBaseline(csp);
    // The documents have no scripts of their own (JSON-LD is data): no inline script may run.
    expect(csp.get("script-src"), path).toEqual(["'self'"]);
    // Styles and images from the site alone; style attributes (table alignment, track colours) only.
    expect(csp.get("style-src"), path).toEqual(["'self'"]);
    expect(csp.get("style-src-attr"), path).toEqual(["'unsafe-inline'"]);
    expect(csp.get("img-src"), path).toEqual(["'self'"]);
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    // The e2e site's SITE_URL is http: no HSTS (lib/security/hsts-proxy.test.ts covers https).
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }
});

test("public pages render under their policy: stylesheet, partner logos, track colours, no violation", async ({ page }) => {
  const violations = await collectViolations(page);
  for (const path of ["/en", "/en/program", "/ru/partners"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    // The stylesheet applied (not blocked): the body's font is the site's, not the browser default.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily), path).not.toMatch(/^"?Times/);
    // Every image (partner logos) loads from the site; lazy ones are asked for now, and decode() fails if one is blocked.
    const images = await page.locator("img").evaluateAll((els) =>
      Promise.all(
        els.map(async (el) => {
          const img = el as HTMLImageElement;
          img.loading = "eager";
          const ok = await img.decode().then(() => img.naturalWidth > 0, () => false);
          return { src: img.src, ok };
        }),
      ),
    );
    expect(images.length, path).toBeGreaterThan(0);
    for (const image of images) expect(image, path).toEqual({ src: expect.stringMatching(/^http:\/\/[^/]+\/media\//), ok: true });
  }
  // The track colour is a style attribute: style-src-attr lets it apply.
  await page.goto("/en/program");
  const track = page.locator(".session-facts__track").first();
  expect(await track.evaluate((el) => getComputedStyle(el).getPropertyValue("--track").trim())).toMatch(/^#[0-9a-f]{6}$/i);
  expect(violations).toEqual([]);
});

test("the bench's App Router reference page alone may run its inline flight scripts, and does so without a violation", async ({ page }) => {
  const violations = await collectViolations(page);
  const response = await page.goto("/reference/static");
  expect(response?.status()).toBe(200);
  const csp = directives(response?.headers()["content-security-policy"]);
  expectBaseline(csp);
  expect(csp.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});

async function collectViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

function expectAdminPolicy(headers: Record<string, string>) {
  const csp = directives(headers["content-security-policy"]);
  expectBaseline(csp);
  const scripts = csp.get("script-src") ?? [];
  expect(scripts.some((s) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(s))).toBe(true);
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(headers["x-robots-tag"]).toContain("noindex");
  // Not no-referrer: it makes browsers send `Origin: null` with no-JS form posts, which Next refuses (proxy.ts).
  expect(headers["referrer-policy"]).toBe("same-origin");
}

test.describe("staff pages", () => {
  test("the sign-in page: a fresh nonce each time, its scripts carry it, and they run", async ({ browser }) => {
    const page = await browser.newPage({ storageState: { cookies: [], origins: [] } });
    const violations = await collectViolations(page);
    const first = await page.goto("/admin/login");
    const second = await page.request.get("/admin/login");
    expectAdminPolicy(first!.headers());
    expect(first!.headers()["content-security-policy"]).not.toBe(second.headers()["content-security-policy"]);
    const nonce = /'nonce-([^']+)'/.exec(first!.headers()["content-security-policy"]!)![1];
    const scripts = await page.locator("script:not([type='application/ld+json'])").evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    for (const scriptNonce of scripts) expect(scriptNonce).toBe(nonce);
    // The inline bootstrap ran (it defines the flight queue), so its nonce was accepted.
    expect(await page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown }).__next_f))).toBe(true);
    await page.getByLabel("Email").fill("nobody@e2e.test");
    await page.getByLabel("Password").fill("wrong-password-123");
    await page.getByRole("button", { name: /sign in/i }).click();
    await expect(page.getByRole("alert").filter({ hasText: /email or password/i })).toBeVisible();
    expect(violations).toEqual([]);
    await page.close();
  });

  test("signed-in pages: the admin policy, and the news editor works under it", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStatePath("editor") });
    const page = await context.newPage();
    const violations = await collectViolations(page);
    for (const path of ["/admin/news", "/admin/news/new", "/admin/partners", "/admin/program"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expectAdminPolicy(response!.headers());
    }
    // The live preview is client code calling a server action: it runs only if the policy lets it.
    await page.goto("/admin/news/new");
    await page.getByLabel("Body", { exact: true }).fill("Some **bold** words.");
    await expect(page.getByTestId("live-preview").locator("strong")).toHaveText("bold", { timeout: 15_000 });
    expect(violations).toEqual([]);
    await context.close();
  });
});
