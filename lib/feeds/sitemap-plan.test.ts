import { describe, expect, it } from "vitest";
import { fitsOneFile, newsPartCount, newsPartIdRange, parseSitemapFile } from "./sitemap-plan";

describe("sitemap plan", () => {
  it("parses the file names it serves and nothing else", () => {
    expect(parseSitemapFile("index.xml")).toEqual({ kind: "index" });
    expect(parseSitemapFile("pages.xml")).toEqual({ kind: "pages" });
    expect(parseSitemapFile("news-3.xml")).toEqual({ kind: "news", part: 3 });
    for (const bad of ["news-0.xml", "news-01.xml", "news-x.xml", "news-1.xml.gz", "../index.xml", "index"]) {
      expect(parseSitemapFile(bad), bad).toBeNull();
    }
  });

  it("splits ids up to 200,000 into five files of 40,000 ids each, which never overlap or leave gaps", () => {
    expect(newsPartCount(0)).toBe(1);
    expect(newsPartCount(40_000)).toBe(1);
    expect(newsPartCount(40_001)).toBe(2);
    expect(newsPartCount(200_000)).toBe(5);
  });

  it("gives each file its own id range, contiguous with the next", () => {
    expect(newsPartIdRange(1)).toEqual({ afterId: 0, upToId: 40_000 });
    expect(newsPartIdRange(5)).toEqual({ afterId: 160_000, upToId: 200_000 });
    for (let part = 1; part < 5; part++) expect(newsPartIdRange(part + 1).afterId).toBe(newsPartIdRange(part).upToId);
  });

  it("keeps one urlset only while pages and every id fit in 45,000", () => {
    expect(fitsOneFile(20, 44_980)).toBe(true);
    expect(fitsOneFile(20, 44_981)).toBe(false);
  });
});
