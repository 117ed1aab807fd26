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
