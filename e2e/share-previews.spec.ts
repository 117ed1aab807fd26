// Share previews as a social network's crawler reads them (raw HTML, no
// browser): og: and twitter: tags on every public template in both locales,
// and an og:image that answers a real 1200x630 PNG (decoded with sharp).
import { expect, test, type APIRequestContext } from "@playwright/test";
import sharp from "sharp";

const meta = (html: string, key: string) =>
  [...html.matchAll(new RegExp(`<meta (?:property|name)="${key.replaceAll(":", "\\:")}" content="([^"]*)"`, "g"))].map((m) => m[1]!.replaceAll("&amp;", "&"));

async function expectPng(request: APIRequestContext, url: string) {
  const response = await request.get(new URL(url).pathname + new URL(url).search);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const info = await sharp(await response.body()).metadata();
  expect({ format: info.format, width: info.width, height: info.height }).toEqual({ format: "png", width: 1200, height: 630 });
}

for (const locale of ["en", "ru"] as const) {
  test(`${locale}: og and twitter tags on every template, with an image that is a 1200x630 PNG`, async ({ request }) => {
    const feed = await (await request.get(`/${locale}/news`)).text();
    const article = new RegExp(`href="(/${locale}/news/(?!page/)[^"]+)"`).exec(feed)![1]!;
    const images = new Set<string>();
    for (const path of [`/${locale}`, `/${locale}/news`, article, `/${locale}/partners`, `/${locale}/about`, `/${locale}/program`]) {
      const html = await (await request.get(path)).text();
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!;
      for (const key of ["og:title", "og:description", "og:type", "og:site_name", "twitter:title", "twitter:description"]) {
        expect(meta(html, key)[0]?.length ?? 0, `${path} ${key}`).toBeGreaterThan(2);
      }
      expect(meta(html, "og:url")).toEqual([canonical]);
      expect(meta(html, "og:locale")).toEqual([locale === "ru" ? "ru_RU" : "en_US"]);
      const translated = html.includes(`hrefLang="${locale === "ru" ? "en" : "ru"}"`);
      expect(meta(html, "og:locale:alternate"), path).toEqual(translated ? [locale === "ru" ? "en_US" : "ru_RU"] : []);
      expect(meta(html, "og:image:width")).toEqual(["1200"]);
      expect(meta(html, "og:image:height")).toEqual(["630"]);
      expect(meta(html, "twitter:card")).toEqual(["summary_large_image"]);
      const [image] = meta(html, "og:image");
      expect(image, path).toMatch(/^https?:\/\/.+\/og\/.+\.png/);
      expect(meta(html, "twitter:image")).toEqual([image]);
      images.add(image!);
    }
    // Home and article have images of their own; the other pages share home's.
    expect([...images].some((i) => /\/og\/news-/.test(i))).toBe(true);
    expect([...images].some((i) => i.endsWith(`/og/home-${locale}.png`))).toBe(true);
    for (const image of images) await expectPng(request, image);
  });
}

test("unknown share images answer 404", async ({ request }) => {
  for (const path of ["/og/home-fr.png", "/og/news-en-no-such-article.png", "/og/other.png", "/og/news-en-../../x.png"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
