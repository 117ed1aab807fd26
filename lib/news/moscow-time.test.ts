import { describe, expect, it } from "vitest";
import { formatWallTime, parseWallTime, utcToWallTime, wallTimeToUtc } from "./moscow-time";

describe("Moscow wall time ↔ UTC", () => {
  it("converts today's UTC+3", () => {
    expect(wallTimeToUtc("2024-06-01T12:00")?.toISOString()).toBe("2024-06-01T09:00:00.000Z");
    expect(wallTimeToUtc("2025-01-01T00:30:15")?.toISOString()).toBe("2024-12-31T21:30:15.000Z");
    expect(utcToWallTime(new Date("2024-06-01T09:00:00Z"))).toBe("2024-06-01T12:00");
    expect(utcToWallTime(new Date("2024-12-31T21:30:15Z"))).toBe("2025-01-01T00:30:15");
  });

  it("uses the offset of the day itself: UTC+4 in 2012, summer time in 2010", () => {
    expect(wallTimeToUtc("2012-04-21T12:00")?.toISOString()).toBe("2012-04-21T08:00:00.000Z");
    expect(utcToWallTime(new Date("2012-04-21T08:00:00Z"))).toBe("2012-04-21T12:00");
    expect(wallTimeToUtc("2010-07-01T12:00")?.toISOString()).toBe("2010-07-01T08:00:00.000Z");
    expect(wallTimeToUtc("2010-01-15T12:00")?.toISOString()).toBe("2010-01-15T09:00:00.000Z");
  });

  it("maps a time skipped by spring-forward past the gap, and a repeated one to its first occurrence", () => {
    // 2010-03-28: 02:00 MSK became 03:00 MSD (23:00 UTC the day before).
    expect(wallTimeToUtc("2010-03-28T02:30")?.toISOString()).toBe("2010-03-27T23:30:00.000Z");
    expect(utcToWallTime(new Date("2010-03-27T23:30:00Z"))).toBe("2010-03-28T03:30");
    // 2010-10-31: 03:00 MSD became 02:00 MSK, so 02:30 happened twice.
    expect(wallTimeToUtc("2010-10-31T02:30")?.toISOString()).toBe("2010-10-30T22:30:00.000Z");
  });

  it("round-trips every hour of a year with a clock change", () => {
    let repeated = 0;
    for (let ms = Date.UTC(2010, 0, 1); ms < Date.UTC(2011, 0, 1); ms += 3_600_000) {
      const wall = utcToWallTime(new Date(ms));
      if (wall === utcToWallTime(new Date(ms - 3_600_000))) {
        // The second pass through the repeated hour reads the same on the clock; it maps to the first.
        repeated++;
        expect(wallTimeToUtc(wall)?.getTime()).toBe(ms - 3_600_000);
      } else {
        expect(wallTimeToUtc(wall)?.getTime()).toBe(ms);
      }
    }
    expect(repeated).toBe(1);
  });

  it("converts in another zone when asked", () => {
    expect(wallTimeToUtc("2024-06-01T12:00", "UTC")?.toISOString()).toBe("2024-06-01T12:00:00.000Z");
    expect(utcToWallTime(new Date("2024-06-01T12:00:00Z"), "Asia/Yekaterinburg")).toBe("2024-06-01T17:00");
  });

  it("refuses what is not a real datetime-local value", () => {
    for (const bad of ["", "2024-06-01", "2024-06-01 12:00", "2024-02-30T12:00", "2024-06-01T24:00", "2024-06-01T12:60", "x2024-06-01T12:00", "2024-06-01T12:00Z"]) {
      expect(parseWallTime(bad), bad).toBeNull();
      expect(wallTimeToUtc(bad), bad).toBeNull();
    }
  });

  it("formats for tables", () => {
    expect(formatWallTime(new Date("2024-06-01T09:05:00Z"))).toBe("1 Jun 2024, 12:05");
  });
});
