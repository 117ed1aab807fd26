import { describe, expect, it } from "vitest";
import { articleExpiry } from "./expiry";

describe("articleExpiry", () => {
  it("names the news data, the article, its translations and each slug's page once", () => {
    expect(articleExpiry({ id: 7, locale: "ru", slug: "new" }, ["old", "new"], [8])).toEqual({
      tags: ["news", "news:7", "news:8"],
      paths: ["/ru/news/new", "/ru/news/old"],
    });
  });
});
