import { expect, test } from "@playwright/test";
import { expectWellFormedPage, visit } from "./support";

const roleOrder = [
  "Organizers",
  "Forum operator",
  "Forum communication",
  "Forum car",
  "Sponsor",
  "IT support",
  "Partner",
  "General media partner",
  "Forum TV",
  "General internet partner",
  "Forum online newspaper",
  "Official media partner",
  "Regional partner of the project",
  "Multimedia partner",
];

test("partners page groups organizers, operator and 43 partners by role in order", async ({ page }) => {
  const response = await visit(page, "/en/partners");
  await expectWellFormedPage(page, response);
  await expect(page.locator("main h2")).toHaveText(roleOrder);
  await expect(page.locator("main .partner-card")).toHaveCount(46);
  const main = page.getByRole("main");
  const organizers = main.getByRole("region", { name: "Organizers" });
  await expect(organizers).toContainText("The Government of Perm Region");
  await expect(organizers).toContainText("LUKOIL Group Companies in the Perm Region");
  await expect(main.getByRole("region", { name: "Forum operator" })).toContainText("Consulting company IRP Group");
  await expect(main.getByRole("region", { name: "Sponsor" }).locator(".partner-card")).toHaveCount(17);
  await expect(main.getByRole("region", { name: "Official media partner" }).locator(".partner-card")).toHaveCount(15);
});

test("partners page in Russian uses Russian names and labels", async ({ page }) => {
  await visit(page, "/ru/partners");
  await expect(page.locator("main h2").first()).toHaveText("Организаторы");
  await expect(page.locator("main")).toContainText("Правительство Пермского края");
});

test("each logo is a decoded image linking to the partner's site in a new tab", async ({ page }) => {
  await visit(page, "/en/partners");
  const links = page.locator("main .partner-card__logo");
  await expect(links).toHaveCount(46);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    await expect(link).toHaveAttribute("href", /^https:\/\//);
  }
  const images = page.locator("main .partner-card img");
  await images.last().scrollIntoViewIfNeeded();
  for (const img of await images.all()) {
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    await expect(img).toHaveAttribute("alt", /\S/);
  }
});

test("logos are served from Postgres with type, nosniff and a year-long immutable cache", async ({ page, request }) => {
  await visit(page, "/en/partners");
  const src = await page.locator("main .partner-card img").first().getAttribute("src");
  expect(src).toMatch(/^\/media\/[0-9a-f]{64}\.png$/);
  const response = await request.get(src!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["cache-control"]).toContain("max-age=31536000");
  expect(response.headers()["cache-control"]).toContain("immutable");
  const bytes = await response.body();
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  for (const bad of ["/media/nothing", "/media/" + "0".repeat(64) + ".png", "/media/..%2F..%2Fetc%2Fpasswd"]) {
    expect((await request.get(bad)).status(), bad).toBe(404);
  }
});
