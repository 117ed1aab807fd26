import { describe, expect, it } from "vitest";
import { isUniqueViolation } from "./unique-violation";

// The shapes the driver and drizzle produce: pg's DatabaseError carries code and
// constraint; drizzle's DrizzleQueryError wraps it as `cause` and has no code.
const pgUnique = { code: "23505", constraint: "people_slug_key" };
const wrapped = (cause: unknown) => Object.assign(new Error("Failed query"), { cause });

describe("isUniqueViolation", () => {
  it("finds the unique violation under drizzle's wrapper", () => {
    expect(isUniqueViolation(wrapped(pgUnique))).toBe(true);
    expect(isUniqueViolation(pgUnique)).toBe(true);
  });

  it("matches the constraint when one is named", () => {
    expect(isUniqueViolation(wrapped(pgUnique), "people_slug_key")).toBe(true);
    expect(isUniqueViolation(wrapped(pgUnique), "news_articles_locale_slug_key")).toBe(false);
  });

  it("is false for other database errors and for errors that are not the database's", () => {
    expect(isUniqueViolation(wrapped({ code: "23503", constraint: "people_slug_key" }))).toBe(false);
    expect(isUniqueViolation(wrapped({ code: "ECONNREFUSED" }))).toBe(false);
    expect(isUniqueViolation(new Error("boom"))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
