import { describe, expect, it } from "vitest";
import { newsPartCount, parseSitemapFile } from "./sitemap-plan";

describe("sitemap plan", () => {
  it("parses the file names it serves and nothing else", () => {
    expect(parseSitemapFile("index.xml")).toEqual({ kind: "index" });
    expect(parseSitemapFile("pages.xml")).toEqual({ kind: "pages" });
    expect(parseSitemapFile("news-3.xml")).toEqual({ kind: "news", part: 3 });
    for (const bad of ["news-0.xml", "news-01.xml", "news-x.xml", "news-1.xml.gz", "../index.xml", "index"]) {
      expect(parseSitemapFile(bad), bad).toBeNull();
    }
  });

  it("splits 200,000 articles into five files of at most 40,000", () => {
    expect(newsPartCount(0)).toBe(1);
    expect(newsPartCount(40_000)).toBe(1);
    expect(newsPartCount(40_001)).toBe(2);
    expect(newsPartCount(200_000)).toBe(5);
  });
});
