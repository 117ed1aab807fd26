// The 404 page as crawlers and readers without JavaScript get it: every kind of
// unknown address answers status 404 with the page's text in the HTML itself
// (read here without a browser), in the locale of the path, noindex, and with
// no accessibility violations (axe-core in Chromium).
import { expect, test } from "@playwright/test";

const heading = { en: "Page not found", ru: "Страница не найдена" } as const;

/** Every way an address can be unknown, and the locale its 404 page speaks. */
const unknown: [path: string, locale: "en" | "ru"][] = [
  ["/en/no-such-page", "en"], // an event page that does not exist
  ["/ru/no-such-page", "ru"],
  ["/ru/about/extra", "ru"], // a known page with an extra segment
  ["/en/about/x/y", "en"], // … or two
  ["/en/About", "en"], // event page slugs are lower case
  ["/en/%61bout", "en"], // an encoded character in a known slug
  ["/ru/%D0%BE-%D1%84%D0%BE%D1%80%D1%83%D0%BC%D0%B5", "ru"], // a Cyrillic slug (/ru/о-форуме)
  ["/en/partners/x", "en"],
  ["/en/news/no-such-article", "en"], // an unknown article (the article route's own 404)
  ["/ru/news/no-such-article", "ru"],
  ["/en/news/page/99999", "en"], // past the end of the feed
  ["/en/news/page/abc", "en"],
  ["/en/news?page=abc", "en"], // the old feed address with a bad page number
  ["/xx/news", "en"], // an unknown locale: the default locale's page
  ["/fr", "en"],
  ["/en/news/%E0%A4%A", "en"], // broken percent-encoding
  // The programme: wrong shapes (judged by the proxy) and unknown entries (the routes' own 404s).
  ["/en/program/2012-04-19/x", "en"],
  ["/ru/program/2012-02-30", "ru"], // not a date
  ["/en/program/ZZZZZZ-no-such-session", "en"],
  ["/ru/program/PL3NRY-regiony-innovatsiy/x", "ru"],
  ["/en/speakers/no-such-person", "en"],
  ["/ru/speakers/Pavel", "ru"],
  ["/ru/speakers/natalia-zhuravleva/x", "ru"],
  // The App Router's own 404 page, asked for directly: its HTML would be Next's empty error shell.
  ["/en/not-found-page", "en"],
  ["/ru/not-found-page", "ru"],
  // A router's segment prefetch path asked for as a document.
  ["/en/no-such-page.segments/_tree.segment.rsc", "en"],
  // Paths outside the locales that app/[locale] would otherwise take (their first segment for a
  // locale) into the locale layout's notFound(): the wrong shape of a route, or no route at all.
  ["/favicon.ico", "en"],
  ["/robots.txt/x", "en"],
  ["/icon.svg/x", "en"],
  ["/program.json/x", "en"],
  ["/sitemaps/a/b", "en"],
  ["/og/a/b", "en"],
  ["/reference/x", "en"],
  ["/api", "en"],
  // Under /_next/ but none of Next's areas (static, image, data): once Next's own empty 404 shell,
  // now app/[locale]'s route handlers (home, event pages) with "_next" as their locale.
  ["/_next/foo", "en"],
  ["/_next/foo/bar.js", "en"],
  // Under prefixes the proxy never sees: catch-all routes (lib/html/unknown-path.ts).
  ["/api/no-such-route", "en"],
  ["/api/health/x", "en"],
  ["/admin/api/x", "en"],
  ["/media/1/x", "en"],
];

for (const [path, locale] of unknown) {
  test(`${path} answers the ${locale} 404 page in its HTML`, async ({ request }) => {
    // As browsers and crawlers ask (a router's fetch never asks for HTML: proxy.ts's isNotFoundPageHop).
    const response = await request.get(path, { maxRedirects: 0, headers: { Accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"]).toContain("text/html");
    const html = await response.text();
    expect(html).not.toContain("__next_error__");
    expect(html).toContain(`<html lang="${locale}"`);
    expect(html).toMatch(new RegExp(`<h1[^>]*>${heading[locale]}</h1>`));
    expect(html).toMatch(/<meta name="robots" content="noindex"/);
    expect(html).toContain(`href="/${locale}"`); // home
    expect(html).toContain(`href="/${locale}/news"`); // news
    expect(html).toMatch(/<header[^>]*class="site-header"/);
    // Never stored by a shared cache (nginx stores only a 200, but a CDN would take s-maxage at its word).
    expect(response.headers()["cache-control"] ?? "").not.toMatch(/s-maxage|public/);
  });
}

test("an unknown API path answers the 404 document to other methods too", async ({ request }) => {
  const response = await request.post("/api/no-such-route", { data: { x: 1 }, maxRedirects: 0 });
  expect(response.status()).toBe(404);
  expect(await response.text()).toMatch(new RegExp(`<h1[^>]*>${heading.en}</h1>`));
});

// The proxy sends a router request for an unknown path (here a segment prefetch's path) to the
// App Router 404 page; Next then passes that page's own address through the proxy again (and
// answers a request without `_rsc` with a 307 to it), which must reach the page: flight data,
// never an HTML document, though a document request for that address gets the 404 document (above).
test("a router request for an unknown path ends in flight data, not a document", async ({ request }) => {
  const response = await request.get("/en/no-such-page.segments/_tree.segment.rsc", {
    headers: { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/_tree" },
  });
  expect(response.headers()["content-type"]).toContain("text/x-component");
});
