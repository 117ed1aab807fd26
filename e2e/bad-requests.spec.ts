// Requests nobody's browser sends but anyone can: each gets a clear 4xx, never
// a 500 (issue 11, bad input). Raw HTTP, no browser: what a scanner sees.
import { expect, test } from "@playwright/test";

const cases: [string, number[]][] = [
  // The image optimizer is off (next.config.ts): it fetched and resized any URL it was given.
  ["/_next/image?url=%2Fadmin%2Fusers&w=640&q=75", [400, 404]],
  ["/_next/image?url=https%3A%2F%2Fexample.com%2Fx.png&w=64&q=75", [400, 404]],
  // Broken percent-encoding in paths the proxy does not see.
  ["/media/%E0%A4%A", [404]],
  ["/media/%E0%A4%A.png", [404]],
  ["/media/0000000000000000000000000000000000000000000000000000000000000000.png", [404]],
  ["/og/%E0%A4%A", [404]],
  ["/api/health%E0%A4%A", [404]],
  ["/admin/api/partners/%E0%A4%A/logo", [404]],
];

for (const [path, statuses] of cases) {
  test(`${path} answers ${statuses.join(" or ")}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(statuses, `status of ${path}`).toContain(response.status());
    expect(await response.text()).not.toMatch(/at .+\.js:\d+|Error:/);
  });
}

test.describe("signed in as an editor", () => {
  test.use({ storageState: "playwright/.auth/editor.json" });

  // Next refuses a server action over its body limit with a bare 500; the proxy answers first.
  test("a 2 MB article form answers 413 with a clear page, not 500", async ({ request }) => {
    const response = await request.post("/admin/news/new", {
      multipart: { title: "Too large", body: "слово ".repeat(200_000) },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(413);
    const html = await response.text();
    expect(html).toContain("<h1>The form is too large to send</h1>");
    expect(html).toContain("Nothing was saved");
    expect(response.headers()["cache-control"]).toBe("private, no-store");
  });

  test("with JavaScript, a body over the limit is refused before sending, with the text kept", async ({ page }) => {
    await page.goto("/admin/news/new");
    await page.getByLabel("Title", { exact: true }).fill("Too long a body");
    const body = "слово ".repeat(25_000); // 150,000 characters
    await page.getByLabel("Body", { exact: true }).fill(body);
    await page.getByRole("button", { name: "Create article" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Nothing was saved: the body is too long." })).toBeVisible();
    await expect(page.getByText("The body may be at most 100,000 characters long; it has 150,000.").first()).toBeVisible();
    // The count in the message comes from the form's own check (the server's refusal does not give it).
    expect(await page.getByLabel("Body", { exact: true }).inputValue()).toBe(body);
  });

  test("a form under the limit still reaches the page", async ({ request }) => {
    const response = await request.post("/admin/news/new", { multipart: { title: "Small" }, maxRedirects: 0 });
    expect(response.status()).not.toBe(413);
    expect(response.status()).toBeLessThan(500);
  });
});
