import { describe, expect, it } from "vitest";
import { staleAfterProgramChange, staleAfterSessionSave } from "./expiry";

describe("what a programme save makes stale", () => {
  it("expires the programme tag and refreshes the session's pages, days and people in both locales", () => {
    const stale = staleAfterSessionSave({
      code: "PL3NRY",
      slug: { en: "regions", ru: "regiony" },
      oldSlug: { en: "regions-old", ru: "regiony-old" },
      days: ["2012-04-19", "2012-04-20"],
      peopleSlugs: ["pavel-gromov"],
    });
    expect(stale.tags).toEqual(["program"]);
    expect(stale.paths).toEqual(
      expect.arrayContaining([
        "/en",
        "/ru",
        "/en/program",
        "/ru/program",
        "/en/program/2012-04-19",
        "/ru/program/2012-04-20",
        "/en/program/PL3NRY-regions",
        "/ru/program/PL3NRY-regiony",
        "/en/program/PL3NRY-regions-old",
        "/en/speakers",
        "/ru/speakers/pavel-gromov",
      ]),
    );
    expect(new Set(stale.paths).size).toBe(stale.paths.length);
    expect(stale.paths.every((p) => !p.endsWith(".ics"))).toBe(true);
  });

  it("expires everything for a change outside one session", () => {
    expect(staleAfterProgramChange()).toEqual({ tags: ["program"], paths: ["/en", "/en/program", "/en/speakers", "/ru", "/ru/program", "/ru/speakers"] });
  });
});
