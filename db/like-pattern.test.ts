import { describe, expect, it } from "vitest";
import { escapeLike, likePattern } from "./like-pattern";

describe("LIKE patterns from typed text", () => {
  it("escapes the wildcards and the escape character", () => {
    expect(escapeLike(String.raw`50%_off\now`)).toBe(String.raw`50\%\_off\\now`);
  });

  it("wraps the escaped text for a contains match", () => {
    expect(likePattern("a_b")).toBe(String.raw`%a\_b%`);
  });
});
