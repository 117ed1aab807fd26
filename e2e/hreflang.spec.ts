// hreflang as a crawler checks it: every URL of the sitemap answers 200, its
// canonical is the URL itself, its <head> lists the same alternates as its
// sitemap entry, and every alternate answers 200, is its own canonical, and
// lists the first page back (reciprocity). Raw HTML, no browser.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { fixtureSlugs } from "./fixtures/articles";

type Entry = { loc: string; alternates: Record<string, string> };

async function sitemapEntries(request: APIRequestContext): Promise<Entry[]> {
  // A small site's /sitemap.xml is one urlset; a larger one's an index of files.
  const index = await (await request.get("/sitemap.xml")).text();
  const files = index.includes("<sitemapindex")
    ? await Promise.all([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(async (m) => (await request.get(new URL(m[1]!).pathname)).text()))
    : [index];
  const entries: Entry[] = [];
  for (const xml of files) {
    for (const [, body] of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
      const loc = /<loc>([^<]+)<\/loc>/.exec(body!)![1]!;
      const alternates = Object.fromEntries([...body!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
      entries.push({ loc, alternates });
    }
  }
  return entries;
}

type Head = { status: number; canonical: string | undefined; alternates: Record<string, string> };

const heads = new Map<string, Promise<Head>>();

function headOf(request: APIRequestContext, url: string): Promise<Head> {
  if (!heads.has(url)) {
    heads.set(
      url,
      (async () => {
        const response = await request.get(new URL(url).pathname, { maxRedirects: 0 });
        const html = await response.text();
        const head = html.slice(0, html.indexOf("</head>"));
        const canonical = /<link rel="canonical" href="([^"]+)"/.exec(head)?.[1];
        const alternates = Object.fromEntries(
          [...head.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/gi)].map((m) => [m[1]!, m[2]!.replaceAll("&amp;", "&")]),
        );
        return { status: response.status(), canonical, alternates };
      })(),
    );
  }
  return heads.get(url)!;
}

test("every sitemap URL and every alternate: 200, its own canonical, hreflang listed both ways", async ({ request }) => {
  test.setTimeout(120_000);
  const entries = await sitemapEntries(request);
  expect(entries.length).toBeGreaterThan(30);
  let pairs = 0;
  for (const entry of entries) {
    const page = await headOf(request, entry.loc);
    expect(page.status, entry.loc).toBe(200);
    expect(page.canonical, entry.loc).toBe(entry.loc);
    expect(page.alternates, `${entry.loc}: <head> and sitemap agree`).toEqual(entry.alternates);
    const languages = Object.keys(page.alternates).filter((l) => l !== "x-default");
    // The page lists itself under its own language.
    expect(Object.values(page.alternates), entry.loc).toContain(entry.loc);
    if (languages.length > 1) expect(page.alternates["x-default"], entry.loc).toBe(page.alternates.en);
    else expect(page.alternates["x-default"], `${entry.loc}: no x-default without a choice`).toBeUndefined();
    for (const language of languages) {
      const href = page.alternates[language]!;
      if (href === entry.loc) continue;
      const other = await headOf(request, href);
      expect(other.status, href).toBe(200);
      expect(other.canonical, href).toBe(href);
      expect(other.alternates, `${href} lists ${entry.loc} back`).toEqual(page.alternates);
      pairs++;
    }
  }
  expect(pairs).toBeGreaterThan(10);
});

test("an article without a translation lists only itself", async ({ request, baseURL }) => {
  const url = `${baseURL}/en/news/${fixtureSlugs.untranslated}`;
  const head = await headOf(request, url);
  expect(head.status).toBe(200);
  expect(head.alternates).toEqual({ en: url });
});
