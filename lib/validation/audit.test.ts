import { describe, expect, it } from "vitest";
import { parseAuditFilter, startOfZonedDay } from "./audit";

describe("startOfZonedDay", () => {
  it("finds midnight in Moscow (UTC+3) and in a zone with daylight saving", () => {
    expect(startOfZonedDay("2026-04-21").toISOString()).toBe("2026-04-20T21:00:00.000Z");
    expect(startOfZonedDay("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfZonedDay("2026-03-30", "Europe/Berlin").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(startOfZonedDay("2026-01-01", "UTC").toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });
});

describe("parseAuditFilter", () => {
  it("takes no filter as page 1 of everything", () => {
    expect(parseAuditFilter({})).toEqual({ ok: true, filter: { page: 1 }, range: { from: undefined, before: undefined } });
  });

  it("turns an inclusive day range into [start of from, start of the day after to)", () => {
    const parsed = parseAuditFilter({ entity: "staff_user", action: "disable", actor: "Admin@E2E.test", from: "2026-04-19", to: "2026-04-21", page: "2" });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.filter).toMatchObject({ entity: "staff_user", action: "disable", actor: "Admin@E2E.test", page: 2 });
    expect(parsed.range.from?.toISOString()).toBe("2026-04-18T21:00:00.000Z");
    expect(parsed.range.before?.toISOString()).toBe("2026-04-21T21:00:00.000Z");
  });

  it("ignores blanks and takes the first of repeated parameters", () => {
    const parsed = parseAuditFilter({ entity: "", action: ["create", "delete"], page: "" });
    expect(parsed).toMatchObject({ ok: true, filter: { action: "create", page: 1 } });
  });

  it("answers messages, never throws, for bad input", () => {
    for (const params of [
      { from: "2026-02-30" },
      { from: "yesterday" },
      { to: "2026-13-01" },
      { from: "2026-05-01", to: "2026-04-01" },
      { page: "0" },
      { page: "abc" },
      { page: "1e9" },
      { entity: "<script>" },
      { action: "x".repeat(100) },
      { actor: "a".repeat(300) },
    ]) {
      const parsed = parseAuditFilter(params);
      expect(parsed.ok, JSON.stringify(params)).toBe(false);
      if (!parsed.ok) expect(parsed.messages.length).toBeGreaterThan(0);
    }
  });
});
