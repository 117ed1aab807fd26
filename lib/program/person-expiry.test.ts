import { describe, expect, it } from "vitest";
import { staleAfterPersonChange } from "./person-expiry";

describe("what a person's save makes stale", () => {
  it("expires the programme and refreshes the speaker pages of the old and the new slug in both locales", () => {
    const stale = staleAfterPersonChange(["anna-old", "anna-new", "anna-new"]);
    expect(stale.tags).toEqual(["program"]);
    expect(stale.paths).toEqual(
      expect.arrayContaining(["/en/program", "/ru/speakers", "/en/speakers/anna-old", "/ru/speakers/anna-old", "/en/speakers/anna-new", "/ru/speakers/anna-new"]),
    );
    expect(new Set(stale.paths).size).toBe(stale.paths.length);
  });
});
