// JSON-LD as Google reads it, from the raw HTML of every public template in
// both locales: one @graph per page, the properties Google lists as required
// and recommended for each type, and @id links that resolve.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { fixtureSlugs } from "./fixtures/articles";

type Node = Record<string, any>;
const OFFSET_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;

async function graphOf(request: APIRequestContext, path: string): Promise<{ nodes: Node[]; canonical: string }> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(scripts, `${path}: one JSON-LD block`).toHaveLength(1);
  const data = JSON.parse(scripts[0]![1]!) as Node;
  expect(data["@context"]).toBe("https://schema.org");
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!;
  return { nodes: data["@graph"] as Node[], canonical };
}

const ofType = (nodes: Node[], type: string) => nodes.filter((n) => n["@type"] === type);

/** Every reference ({"@id": …} alone) names a node of the graph; the forum may be named from pages that do not describe it. */
function expectLinksResolve(nodes: Node[], path: string) {
  const ids = new Set(nodes.map((n) => n["@id"]).filter(Boolean));
  const refs: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      const keys = Object.keys(value);
      if (keys.length === 1 && keys[0] === "@id") refs.push((value as Node)["@id"]);
      else Object.values(value).forEach(walk);
    }
  };
  nodes.forEach((n) => Object.entries(n).forEach(([k, v]) => k !== "@id" && walk(v)));
  for (const ref of refs) if (!ref.endsWith("/#forum")) expect(ids.has(ref), `${path}: ${ref} resolves`).toBe(true);
}

function expectBreadcrumbs(nodes: Node[], canonical: string, path: string) {
  const [trail] = ofType(nodes, "BreadcrumbList");
  expect(trail, `${path}: BreadcrumbList`).toBeTruthy();
  const items = trail!.itemListElement as Node[];
  expect(items.length).toBeGreaterThanOrEqual(2);
  items.forEach((item, i) => {
    expect(item["@type"]).toBe("ListItem");
    expect(item.position).toBe(i + 1);
    expect(item.name.length).toBeGreaterThan(0);
    expect(item.item).toMatch(/^https?:\/\//);
  });
  expect(items.at(-1)!.item).toBe(canonical);
}

function expectForumEvent(event: Node | undefined, locale: string) {
  expect(event).toBeTruthy();
  // Required by Google: name, startDate, location (with an address).
  expect(event!.name.length).toBeGreaterThan(5);
  expect(event!.startDate).toMatch(/^\d{4}-\d\d-\d\d/);
  expect(event!.location["@type"]).toBe("Place");
  expect(event!.location.address).toMatchObject({ "@type": "PostalAddress", addressCountry: "RU" });
  expect(event!.location.address.streetAddress.length).toBeGreaterThan(3);
  // Recommended: description, endDate, eventStatus, eventAttendanceMode, image, organizer; and the partners.
  expect(event!.description.length).toBeGreaterThan(10);
  expect(event!.endDate >= event!.startDate).toBe(true);
  expect(event!.eventStatus).toBe("https://schema.org/EventScheduled");
  expect(event!.eventAttendanceMode).toBe("https://schema.org/OfflineEventAttendanceMode");
  expect(event!.image.length).toBeGreaterThan(0);
  expect(event!.organizer.filter((o: Node) => o.name).length).toBeGreaterThan(0);
  expect(event!.sponsor.length).toBeGreaterThan(5);
  expect(event!.inLanguage).toBe(locale);
}

for (const locale of ["en", "ru"] as const) {
  test(`${locale} home: WebSite, Organization and the forum as a BusinessEvent`, async ({ request }) => {
    const { nodes } = await graphOf(request, `/${locale}`);
    const [site] = ofType(nodes, "WebSite");
    expect(site).toMatchObject({ inLanguage: locale, url: expect.stringMatching(new RegExp(`/${locale}$`)) });
    const [organization] = ofType(nodes, "Organization");
    expect(organization!.name.length).toBeGreaterThan(5);
    expect(organization!.logo.url).toMatch(/^https?:\/\//);
    expectForumEvent(ofType(nodes, "BusinessEvent")[0], locale);
    expect(ofType(nodes, "BreadcrumbList")).toHaveLength(0);
    expectLinksResolve(nodes, `/${locale}`);
  });

  test(`${locale} article: NewsArticle with dates, author, publisher and image`, async ({ request }) => {
    const news = await (await request.get(`/${locale}/news`)).text();
    const path = new RegExp(`href="(/${locale}/news/(?!page/)[^"]+)"`).exec(news)![1]!;
    for (const articlePath of [path, ...(locale === "en" ? [`/en/news/${fixtureSlugs.untranslated}`] : [])]) {
      const { nodes, canonical } = await graphOf(request, articlePath);
      const [article] = ofType(nodes, "NewsArticle");
      expect(article!.headline.length).toBeGreaterThan(0);
      expect(article!.headline.length).toBeLessThanOrEqual(110);
      expect(article!.datePublished).toMatch(OFFSET_DATE_TIME);
      expect(article!.dateModified).toMatch(OFFSET_DATE_TIME);
      expect(Date.parse(article!.dateModified) >= Date.parse(article!.datePublished)).toBe(true);
      expect(article!.author.length).toBeGreaterThan(0);
      for (const author of article!.author) expect(author.name ?? author["@id"]).toBeTruthy();
      expect(article!.image[0]).toMatch(/^https?:\/\//);
      expect(article!.inLanguage).toBe(locale);
      const publisher = nodes.find((n) => n["@id"] === article!.publisher["@id"])!;
      expect(publisher["@type"]).toBe("Organization");
      expect(publisher.logo.url).toMatch(/^https?:\/\//);
      expect(nodes.find((n) => n["@id"] === article!.mainEntityOfPage["@id"])!.url).toBe(canonical);
      expectBreadcrumbs(nodes, canonical, articlePath);
      expectLinksResolve(nodes, articlePath);
    }
  });

  for (const section of ["news", "partners", "about", "program", "venue", "contacts"]) {
    test(`${locale}/${section}: a WebPage in its breadcrumb trail`, async ({ request }) => {
      const path = `/${locale}/${section}`;
      const { nodes, canonical } = await graphOf(request, path);
      expect(ofType(nodes, "WebPage")[0]!.url).toBe(canonical);
      expectBreadcrumbs(nodes, canonical, path);
      expectLinksResolve(nodes, path);
      // The about page describes the forum in full; the others refer to it.
      if (section === "about") expectForumEvent(ofType(nodes, "BusinessEvent")[0], locale);
      else expect(ofType(nodes, "WebPage")[0]!.about["@id"]).toMatch(/\/#forum$/);
    });
  }
}
