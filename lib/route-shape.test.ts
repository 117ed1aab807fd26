import { describe, expect, it } from "vitest";
import { judgePath } from "./route-shape";

const pages = { en: new Set(["about", "program"]), ru: new Set(["about"]) };
const route = { kind: "route" };

describe("judgePath", () => {
  it("lets every real route through", () => {
    for (const path of [
      "/",
      "/en",
      "/ru/",
      "/en/news",
      "/en/news/forum-opens-2012",
      "/en/news/page",
      "/en/news/page/2",
      "/ru/partners",
      "/en/feed.xml",
      "/en/about",
      "/en/program",
      "/ru/program",
      "/ru/program/2012-04-19",
      "/en/program/PL3NRY",
      "/en/program/PL3NRY-regions-of-innovation",
      "/en/program/PL3NRY.ics",
      "/en/program.ics",
      "/ru/speakers",
      "/ru/speakers/pavel-gromov",
      "/ru/speakers/pavel-gromov.ics",
      "/program.json",
      "/admin",
      "/admin/news/1",
      "/api/health",
      "/api/program-calendar/en/all/all",
      "/media/12",
      "/sitemaps/news-1.xml",
      "/sitemap.xml",
      "/news-sitemap.xml",
      "/robots.txt",
      "/icon.svg",
      "/og/forum-opens-2012.png",
      "/reference/static",
      "/admin/api/news/1/cover",
      "/_next/static/chunks/x.js",
    ]) {
      expect(judgePath(path, pages), path).toEqual(route);
    }
  });

  it("answers 404 for unknown locales and top-level paths, in the default document", () => {
    for (const path of ["/xx", "/xx/news", "/fr/about", "/wp-login.php", "/EN/news"]) {
      expect(judgePath(path, pages), path).toEqual({ kind: "not-found", locale: null });
    }
  });

  // Each would reach app/[locale] (its first segment taken for a locale) and the
  // App Router's notFound(), whose server HTML has no 404 text.
  it("answers 404 for the wrong shape of a route outside the locales", () => {
    for (const path of [
      "/favicon.ico", // no such route
      "/api", // /api/… is for routes; /api itself is none
      "/robots.txt/x",
      "/sitemap.xml/x",
      "/news-sitemap.xml/x",
      "/icon.svg/x",
      "/program.json/x",
      "/sitemaps",
      "/sitemaps/a/b",
      "/og",
      "/og/a/b",
      "/media",
      "/media/1/2",
      "/reference",
      "/reference/x",
      "/reference/static/x",
    ]) {
      expect(judgePath(path, pages), path).toEqual({ kind: "not-found", locale: null });
    }
  });

  it("answers 404 in the path's locale for pages that cannot exist", () => {
    for (const [path, locale] of [
      ["/en/unknown", "en"],
      ["/ru/venue", "ru"], // not an event page of this locale
      ["/en/about/more", "en"],
      ["/en/news/Not_A_Slug", "en"],
      ["/en/news/page/0", "en"],
      ["/en/news/page/abc", "en"],
      ["/en/news/page/2/x", "en"],
      ["/en/news/a/b", "en"],
      ["/en/partners/x", "en"],
      ["/ru/feed.xml/x", "ru"],
      ["/en/program/2012-02-30", "en"], // not a date
      ["/en/program/pl3nry-regions", "en"], // codes are upper case
      ["/en/program/PL3NRY-Regions", "en"],
      ["/en/program/PL3NRY/x", "en"],
      ["/en/program/PL3NRY.pdf", "en"],
      ["/en/speakers/Pavel", "en"],
      ["/en/speakers/pavel-gromov/x", "en"],
      ["/en/program.ics/x", "en"],
      ["/en/not-found-page", "en"], // the App Router 404 page is no address of its own
      ["/ru/not-found-page", "ru"],
      ["/en/not-found-page/x", "en"],
    ] as const) {
      expect(judgePath(path, pages), path).toEqual({ kind: "not-found", locale });
    }
  });
});
