import { expect, test } from "@playwright/test";
import { fixtureSlugs } from "./fixtures/articles";
import { visit } from "./support";

async function sitemapLocs(request: import("@playwright/test").APIRequestContext): Promise<string[]> {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("xml");
  const xml = await response.text();
  expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
}

test("robots.txt allows crawling and points to the sitemap", async ({ request, baseURL }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toContain("User-agent: *");
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(text).toContain(`Sitemap: ${baseURL}/news-sitemap.xml`);
});

test("the Google News sitemap answers XML and lists nothing older than two days", async ({ request }) => {
  const response = await request.get("/news-sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/xml");
  const xml = await response.text();
  expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
  const dates = [...xml.matchAll(/<news:publication_date>([^<]+)</g)].map((m) => Date.parse(m[1]!));
  for (const date of dates) expect(Date.now() - date).toBeLessThan(48 * 3_600_000);
  // The fixtures' articles are from 2012: none of them is news now.
  expect(xml).not.toContain("/news/e2e-untranslated-article<");
});

test("the sitemap lists every public page in both locales and nothing unpublished", async ({ request, baseURL }) => {
  const locs = await sitemapLocs(request);
  for (const locale of ["en", "ru"]) {
    for (const path of ["", "/news", "/partners", "/about", "/program", "/venue", "/contacts"]) {
      expect(locs).toContain(`${baseURL}/${locale}${path}`);
    }
  }
  const articles = locs.filter((l) => l.includes("/news/"));
  expect(articles.filter((l) => l.includes("/en/news/"))).toHaveLength(17);
  expect(articles.filter((l) => l.includes("/ru/news/"))).toHaveLength(15);
  expect(locs.join("\n")).not.toContain(fixtureSlugs.draft);
  expect(locs.join("\n")).not.toContain(fixtureSlugs.scheduled);
});

test("every URL in the sitemap answers 200 with its own title, description, canonical and no PHP leak", async ({ page, request }) => {
  // About 200 URLs since the programme's sessions and speakers joined the sitemap (issue 9).
  test.setTimeout(300_000);
  const locs = await sitemapLocs(request);
  const titles = new Set<string>();
  for (const loc of locs) {
    const response = await visit(page, new URL(loc).pathname);
    const html = await response.text();
    expect(html, loc).not.toMatch(/<\?|\?>|return_links/);
    await expect(page.locator("h1"), loc).toHaveCount(1);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(canonical, loc).toBe(loc);
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description?.length ?? 0, loc).toBeGreaterThan(20);
    titles.add(await page.title());
  }
  expect(titles.size).toBe(locs.length);
});

for (const locale of ["en", "ru"] as const) {
  test(`the ${locale} RSS feed is valid RSS 2.0 with the latest published articles`, async ({ page, request, baseURL }) => {
    const response = await request.get(`/${locale}/feed.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/rss+xml");
    const xml = await response.text();
    await visit(page, `/${locale}`);
    const feed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "application/xml");
      const error = doc.querySelector("parsererror");
      const channel = doc.querySelector("rss > channel");
      const items = [...doc.querySelectorAll("rss > channel > item")].map((item) => ({
        title: item.querySelector("title")?.textContent ?? "",
        link: item.querySelector("link")?.textContent ?? "",
        guid: item.querySelector("guid")?.textContent ?? "",
        pubDate: item.querySelector("pubDate")?.textContent ?? "",
      }));
      return {
        error: error?.textContent ?? null,
        version: doc.documentElement.getAttribute("version"),
        title: channel?.querySelector(":scope > title")?.textContent,
        link: channel?.querySelector(":scope > link")?.textContent,
        description: channel?.querySelector(":scope > description")?.textContent,
        items,
      };
    }, xml);
    expect(feed.error).toBeNull();
    expect(feed.version).toBe("2.0");
    expect(feed.title).toBeTruthy();
    expect(feed.link).toBe(`${baseURL}/${locale}/news`);
    expect(feed.description).toBeTruthy();
    expect(feed.items).toHaveLength(locale === "en" ? 17 : 15);
    const times = feed.items.map((i) => Date.parse(i.pubDate));
    expect(times.every((t) => !Number.isNaN(t))).toBe(true);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    for (const item of feed.items) {
      expect(item.link.startsWith(`${baseURL}/${locale}/news/`)).toBe(true);
      expect(item.guid).toBe(item.link);
    }
    expect(xml).not.toContain(fixtureSlugs.draft);
    expect(xml).not.toContain(fixtureSlugs.scheduled);
  });
}

test("the sitemap's parts are served too, and unknown parts answer 404", async ({ request, baseURL }) => {
  const pages = await request.get("/sitemaps/pages.xml");
  expect(pages.status()).toBe(200);
  const pagesXml = await pages.text();
  expect(pagesXml).toContain(`<loc>${baseURL}/ru/partners</loc>`);
  expect(pagesXml).not.toContain("/news/");
  const news = await request.get("/sitemaps/news-1.xml");
  expect(news.status()).toBe(200);
  const newsXml = await news.text();
  expect([...newsXml.matchAll(/<url>/g)]).toHaveLength(32);
  expect(newsXml).toContain(`hreflang="ru" href="${baseURL}/ru/news/v-rossiyskoy-ekonomike-net-oshchushcheniya-sinergii"`);
  for (const bad of ["/sitemaps/news-2.xml", "/sitemaps/news-0.xml", "/sitemaps/other.xml"]) {
    expect((await request.get(bad)).status(), bad).toBe(404);
  }
});
