import { describe, expect, it } from "vitest";
import { datetimeWithOffset, isKnownTimeZone, localDate, localTime, offsetLabel, zonedToUtc } from "./time";

const PERM = "Asia/Yekaterinburg";

describe("programme times in the edition's zone", () => {
  it("uses the offset in force at the instant: Perm was UTC+6 in 2012 and is UTC+5 since 2014", () => {
    expect(offsetLabel("2012-04-19T05:00:00.000Z", PERM)).toBe("UTC+6");
    expect(offsetLabel("2026-05-20T05:00:00.000Z", PERM)).toBe("UTC+5");
    expect(datetimeWithOffset("2012-04-19T05:00:00.000Z", PERM)).toBe("2012-04-19T11:00+06:00");
    expect(datetimeWithOffset("2026-05-20T05:00:00.000Z", PERM)).toBe("2026-05-20T10:00+05:00");
  });

  it("derives the local day, which can differ from the UTC day", () => {
    // 20:30 UTC on the 19th is 02:30 on the 20th in Perm (2012).
    expect(localDate("2012-04-19T20:30:00.000Z", PERM)).toBe("2012-04-20");
    expect(localTime("2012-04-19T20:30:00.000Z", PERM)).toBe("02:30");
  });

  it("turns local wall-clock times back into UTC, across a DST change too", () => {
    expect(zonedToUtc("2012-04-19", "11:00", PERM).toISOString()).toBe("2012-04-19T05:00:00.000Z");
    expect(zonedToUtc("2026-05-20", "10:00", PERM).toISOString()).toBe("2026-05-20T05:00:00.000Z");
    // Berlin: winter UTC+1, summer UTC+2.
    expect(zonedToUtc("2026-01-10", "09:00", "Europe/Berlin").toISOString()).toBe("2026-01-10T08:00:00.000Z");
    expect(zonedToUtc("2026-07-10", "09:00", "Europe/Berlin").toISOString()).toBe("2026-07-10T07:00:00.000Z");
    expect(offsetLabel("2026-07-10T07:00:00.000Z", "America/St_Johns")).toBe("UTC\u22122:30");
    expect(() => zonedToUtc("2026-13-40", "25:00", PERM)).toThrow(RangeError);
  });

  it("knows IANA zones and refuses made-up ones", () => {
    expect(isKnownTimeZone(PERM)).toBe(true);
    expect(isKnownTimeZone("Mars/Olympus")).toBe(false);
  });
});
