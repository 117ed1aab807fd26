import { describe, expect, it } from "vitest";
import type { NewsArticle } from "@/db/schema";
import { auditAction, changedFields } from "./audit-summary";

const article = (over: Partial<NewsArticle>): NewsArticle =>
  ({ title: "T", slug: "t", lede: "", body: "b", author: "", status: "draft", translationGroup: null, publishedAt: null, ...over }) as NewsArticle;

describe("news audit summary", () => {
  it("names a first save by whether it went public", () => {
    expect(auditAction(null, article({}))).toBe("create");
    expect(auditAction(null, article({ status: "published" }))).toBe("publish");
  });

  it("names a status change as publish or unpublish, anything else as update", () => {
    expect(auditAction(article({}), article({ status: "published" }))).toBe("publish");
    expect(auditAction(article({ status: "published" }), article({}))).toBe("unpublish");
    expect(auditAction(article({}), article({ title: "New" }))).toBe("update");
  });

  it("lists the fields that changed, the publish time compared by instant", () => {
    const at = new Date("2012-04-21T10:00:00Z");
    expect(changedFields(null, article({}))).toEqual([]);
    expect(changedFields(article({ publishedAt: at }), article({ publishedAt: new Date(at.getTime()) }))).toEqual([]);
    expect(changedFields(article({ publishedAt: at }), article({ title: "New", body: "c", publishedAt: null }))).toEqual(["title", "body", "publishedAt"]);
  });
});
