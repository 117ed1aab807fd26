import { describe, expect, it } from "vitest";
import { nextIcsSequence } from "./ics-sequence";

const base = { startsAt: "2012-04-19T05:00:00.000Z", endsAt: "2012-04-19T07:00:00.000Z", hallId: 1, status: "scheduled" };

describe("SEQUENCE of a session's calendar entry", () => {
  it("goes up by exactly one when the start, end, hall or status change", () => {
    expect(nextIcsSequence(4, base, { ...base, startsAt: "2012-04-19T06:00:00.000Z" })).toBe(5);
    expect(nextIcsSequence(4, base, { ...base, endsAt: "2012-04-19T08:00:00.000Z" })).toBe(5);
    expect(nextIcsSequence(4, base, { ...base, hallId: 2 })).toBe(5);
    expect(nextIcsSequence(4, base, { ...base, hallId: null })).toBe(5);
    expect(nextIcsSequence(4, base, { ...base, status: "cancelled" })).toBe(5);
    expect(nextIcsSequence(0, base, { ...base, startsAt: "2012-04-19T06:00:00.000Z", hallId: 3, status: "rescheduled" })).toBe(1);
  });

  it("stays when nothing that places the session changed (a new title, the same instant written differently)", () => {
    expect(nextIcsSequence(4, base, { ...base })).toBe(4);
    expect(nextIcsSequence(4, base, { ...base, startsAt: "2012-04-19T11:00:00+06:00" })).toBe(4);
  });
});
