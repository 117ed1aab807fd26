// A flood of searches from one address gets 429 with Retry-After and a page
// that says why, not a slow server. Runs last (playwright.config.ts): the
// limit then holds this address back for a minute.
import { expect, test } from "@playwright/test";

test("one address searching too often gets 429 with a clear page", async ({ request }) => {
  let refused = null;
  for (let i = 0; i < 40 && !refused; i++) {
    const response = await request.get(`/en/search?q=forum${i}`);
    if (response.status() === 429) refused = response;
    else expect(response.status()).toBe(200);
  }
  expect(refused, "a 429 within 40 searches").not.toBeNull();
  expect(Number(refused!.headers()["retry-after"])).toBeGreaterThan(0);
  const html = await refused!.text();
  expect(html).toMatch(/<h1>Too many searches<\/h1>/);
});
