import { describe, expect, it } from "vitest";
import type { WallRole } from "@/db/queries/partners";
import { articleGraph, forumEvent, isoWithOffset, jsonLdText } from "./structured-data";

const roles: WallRole[] = [
  { id: 1, key: "organizer", labelEn: "Organizers", labelRu: "Организаторы", kind: "organizer", partners: [{ id: 1, nameEn: "Perm Krai Government", nameRu: "Правительство Пермского края", url: "https://example.org", logo: null }] },
  { id: 2, key: "operator", labelEn: "Operator", labelRu: "Оператор", kind: "operator", partners: [{ id: 2, nameEn: "Expo Operator", nameRu: "Экспо-оператор", url: null, logo: null }] },
  { id: 3, key: "sponsor", labelEn: "Sponsor", labelRu: "Спонсор", kind: "partner", partners: [{ id: 3, nameEn: "Bank", nameRu: "Банк", url: null, logo: { url: "/media/3", width: 10, height: 10 } }] },
];

describe("isoWithOffset", () => {
  it("writes the site's zone offset as it was at that date (Moscow: +04:00 in 2012, +03:00 since 2014)", () => {
    expect(isoWithOffset("2012-04-19T11:30:00Z")).toBe("2012-04-19T15:30:00+04:00");
    expect(isoWithOffset("2020-01-02T21:05:09Z")).toBe("2020-01-03T00:05:09+03:00");
    expect(isoWithOffset("2020-01-02T21:05:09Z", "UTC")).toBe("2020-01-02T21:05:09+00:00");
  });
});

describe("jsonLdText", () => {
  it("cannot close its script element or open a comment, and still parses to the same data", () => {
    const data = { headline: "</script><script>alert(1)</script><!--", line: "a\u2028b" };
    const text = jsonLdText(data);
    expect(text).not.toContain("<");
    expect(text).not.toContain("\u2028");
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe("forumEvent", () => {
  it("is a BusinessEvent with dates, an addressed place, organizers and sponsors by role", () => {
    const event = forumEvent("ru", roles) as Record<string, any>;
    expect(event["@type"]).toBe("BusinessEvent");
    expect(event.startDate).toBe("2012-04-19");
    expect(event.endDate).toBe("2012-04-21");
    expect(event.location.address).toMatchObject({ "@type": "PostalAddress", addressLocality: "Пермь", addressCountry: "RU" });
    expect(event.organizer[0]).toMatchObject({ "@type": "Organization", name: "Правительство Пермского края", url: "https://example.org" });
    expect(event.contributor).toEqual([{ "@type": "Organization", name: "Экспо-оператор" }]);
    expect(event.sponsor[0].name).toBe("Банк");
    expect(event.sponsor[0].logo).toMatch(/^https?:\/\/.+\/media\/3$/);
  });
});

describe("articleGraph", () => {
  const facts = { path: "/en/news/a", title: "T", description: "D", publishedAt: "2012-04-19T11:30:00Z", updatedAt: "2012-04-18T10:00:00Z", author: "", image: null };
  const crumbs = [
    { name: "Home", path: "/en" },
    { name: "News", path: "/en/news" },
    { name: "T", path: "/en/news/a" },
  ];

  it("names the organisation as author when the article names none, and never dates a change before publication", () => {
    const [article] = (articleGraph("en", facts, crumbs)["@graph"] as Record<string, any>[]);
    expect(article!.author).toEqual([{ "@id": expect.stringMatching(/#organization$/) }]);
    expect(article!.dateModified).toBe(article!.datePublished);
  });

  it("links the article, its page, its breadcrumbs and the publisher by @id within one graph", () => {
    const nodes = articleGraph("en", { ...facts, author: "Anna", updatedAt: "2012-04-20T08:00:00Z" }, crumbs)["@graph"] as Record<string, any>[];
    const byId = new Map(nodes.map((n) => [n["@id"], n]));
    const article = nodes.find((n) => n["@type"] === "NewsArticle")!;
    expect(article.author).toEqual([{ "@type": "Person", name: "Anna" }]);
    expect(article.dateModified).toBe("2012-04-20T12:00:00+04:00");
    expect(byId.get(article.publisher["@id"])?.["@type"]).toBe("Organization");
    expect(byId.get(article.mainEntityOfPage["@id"])?.["@type"]).toBe("WebPage");
    const trail = nodes.find((n) => n["@type"] === "BreadcrumbList")!;
    expect(trail.itemListElement.map((i: { position: number }) => i.position)).toEqual([1, 2, 3]);
  });
});
