import { describe, expect, it } from "vitest";
import { MissTimes } from "./miss-times.mjs";

describe("MissTimes", () => {
  it("dates an entry by its earliest miss, once", () => {
    let now = 1_000;
    const times = new MissTimes(10, () => now);
    times.missed("a");
    now = 1_030;
    times.missed("a"); // a second request while the first render runs: the first miss counts
    now = 1_100;
    expect(times.takeAge("a")).toBe(100);
    expect(times.takeAge("a")).toBe(0);
  });

  it("knows nothing of a key that never missed, and forgets a miss older than a minute", () => {
    let now = 0;
    const times = new MissTimes(10, () => now);
    expect(times.takeAge("never")).toBe(0);
    times.missed("old");
    now = 61_000;
    expect(times.takeAge("old")).toBe(0);
    times.missed("old");
    now = 61_500;
    times.missed("old"); // the stale first miss was replaced, this one is newer than it
    now = 62_000;
    expect(times.takeAge("old")).toBe(1_000);
  });

  it("keeps at most maxKeys keys, dropping the oldest", () => {
    let now = 0;
    const times = new MissTimes(2, () => now);
    for (const key of ["a", "b", "c"]) {
      times.missed(key);
      now += 1;
    }
    now = 10;
    expect(times.takeAge("a")).toBe(0); // dropped
    expect(times.takeAge("b")).toBe(9);
    expect(times.takeAge("c")).toBe(8);
  });
});
