import { describe, expect, it } from "vitest";
import { offsetOf } from "./text-offset";

describe("offsetOf", () => {
  const text = "first\nsecond line\nthird";

  it("counts columns from 1 on the first line", () => {
    expect(offsetOf(text, 1, 1)).toBe(0);
    expect(offsetOf(text, 1, 3)).toBe(2);
  });

  it("skips whole lines before the one asked for", () => {
    expect(offsetOf(text, 2, 1)).toBe(6);
    expect(offsetOf(text, 3, 2)).toBe(19);
  });

  it("stays inside the text for a line or column past its end", () => {
    expect(offsetOf(text, 9, 1)).toBe(text.length);
    expect(offsetOf(text, 3, 99)).toBe(text.length);
    expect(offsetOf(text, 1, 0)).toBe(0);
  });
});
