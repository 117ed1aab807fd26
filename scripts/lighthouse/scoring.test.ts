import { describe, expect, it } from "vitest";
import { categoryScoreWithout, onlyOwnStatusLogged } from "./scoring";

const audits = {
  "is-crawlable": { score: 0, scoreDisplayMode: "binary" },
  "document-title": { score: 1, scoreDisplayMode: "binary" },
  "link-text": { score: 1, scoreDisplayMode: "binary" },
  "structured-data": { score: null, scoreDisplayMode: "manual" },
  hreflang: { score: 1, scoreDisplayMode: "notApplicable" },
};
const seo = {
  score: 2 / 6,
  auditRefs: [
    { id: "is-crawlable", weight: 4.043 },
    { id: "document-title", weight: 1 },
    { id: "link-text", weight: 1 },
    { id: "structured-data", weight: 0 },
    { id: "hreflang", weight: 1 },
  ],
};

describe("categoryScoreWithout", () => {
  it("weights the audits that scored, as Lighthouse does", () => {
    expect(categoryScoreWithout(seo, audits, new Set())).toBeCloseTo(2 / 6.043, 6);
  });

  it("leaves the excluded audit out of the mean", () => {
    expect(categoryScoreWithout(seo, audits, new Set(["is-crawlable"]))).toBe(1);
  });

  it("still counts a failing audit that is not excluded", () => {
    const failing = { ...audits, "link-text": { score: 0, scoreDisplayMode: "binary" } };
    expect(categoryScoreWithout(seo, failing, new Set(["is-crawlable"]))).toBe(0.5);
  });

  it("has no score when nothing scored is left", () => {
    expect(categoryScoreWithout(seo, audits, new Set(["is-crawlable", "document-title", "link-text"]))).toBeNull();
  });
});

describe("onlyOwnStatusLogged", () => {
  const url = "http://127.0.0.1:3400/en/no-such-page";
  const own = { source: "network", description: "Failed to load resource: the server responded with a status of 404 (Not Found)", sourceLocation: { url } };

  it("accepts the document's own 404 line", () => {
    expect(onlyOwnStatusLogged([own], url)).toBe(true);
  });

  it("refuses another resource's 404 or a script error", () => {
    expect(onlyOwnStatusLogged([own, { ...own, sourceLocation: { url: "http://127.0.0.1:3400/_next/static/x.css" } }], url)).toBe(false);
    expect(onlyOwnStatusLogged([own, { source: "javascript", description: "TypeError: x is undefined", sourceLocation: { url } }], url)).toBe(false);
  });
});
