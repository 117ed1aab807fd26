import { describe, expect, it } from "vitest";
import { articleExpiry, isPublicAt, sitemapFileOf, type ArticleState } from "./expiry";

const now = new Date("2026-05-01T12:00:00Z");
const hourAgo = new Date(now.getTime() - 3_600_000);
const inAnHour = new Date(now.getTime() + 3_600_000);

function article(overrides: Partial<ArticleState> = {}): ArticleState {
  return { id: 7, locale: "ru", slug: "new", status: "published", publishedAt: hourAgo, title: "T", lede: "L", author: "A", ...overrides };
}

const sorted = (e: { tags: string[]; paths: string[] }) => ({ tags: [...e.tags].sort(), paths: [...e.paths].sort() });

describe("articleExpiry", () => {
  it("a public article's new title: its page at each slug, its translation, its sitemap files, its locale's lists", () => {
    const expiry = articleExpiry({
      article: article({ title: "New title" }),
      before: article({ slug: "old" }),
      oldSlugs: ["older", "new"],
      translations: [{ id: 40_001, locale: "en", slug: "english" }],
      now,
    });
    expect(sorted(expiry)).toEqual({
      tags: ["news-list:ru", "news-slug:en:english", "news-slug:ru:new", "news-slug:ru:old", "news-slug:ru:older", "sitemap:news-1.xml", "sitemap:news-2.xml"],
      paths: ["/en/news/english", "/ru", "/ru/feed.xml", "/ru/news", "/ru/news/new", "/ru/news/old", "/ru/news/older", "/sitemap.xml"],
    });
  });

  it("a body-only edit leaves the lists alone", () => {
    const expiry = articleExpiry({ article: article(), before: article(), now });
    expect(sorted(expiry)).toEqual({ tags: ["news-slug:ru:new", "sitemap:news-1.xml"], paths: ["/ru/news/new", "/sitemap.xml"] });
  });

  it("publishing, unpublishing and deleting change the set of public ids", () => {
    const draft = article({ status: "draft" });
    for (const change of [
      { article: article(), before: draft },
      { article: article(), before: null },
      { article: draft, before: article() },
      { article: article(), before: article(), deleted: true },
    ]) {
      const { tags } = articleExpiry({ ...change, now });
      expect(tags).toContain("sitemap-ids");
      expect(tags).toContain("news-list:ru");
    }
  });

  it("an article that is not public before or after (draft, scheduled) expires only its own pages' tags", () => {
    const scheduled = article({ publishedAt: inAnHour });
    expect(articleExpiry({ article: scheduled, before: article({ status: "draft", slug: "was" }), translations: [{ id: 8, locale: "en", slug: "e" }], now })).toEqual({
      tags: ["news-slug:ru:new", "news-slug:ru:was"],
      paths: [],
    });
  });
});

describe("isPublicAt and sitemapFileOf", () => {
  it("public means published with a time that has passed", () => {
    expect(isPublicAt({ status: "published", publishedAt: now }, now)).toBe(true);
    expect(isPublicAt({ status: "published", publishedAt: inAnHour }, now)).toBe(false);
    expect(isPublicAt({ status: "published", publishedAt: null }, now)).toBe(false);
    expect(isPublicAt({ status: "draft", publishedAt: hourAgo }, now)).toBe(false);
  });

  it("names the file of each 40,000-id range", () => {
    expect([1, 40_000, 40_001, 80_001].map(sitemapFileOf)).toEqual(["news-1.xml", "news-1.xml", "news-2.xml", "news-3.xml"]);
  });
});
