import { describe, expect, it } from "vitest";
import { coverAltSchema, coverIntentSchema } from "./news-cover";

describe("coverAltSchema", () => {
  it("folds white space and trims", () => {
    expect(coverAltSchema.parse("  Delegates\n in   the hall ")).toBe("Delegates in the hall");
  });

  it("refuses empty and over-long text with a code", () => {
    expect(coverAltSchema.safeParse("   ").error?.issues[0]?.message).toBe("alt-missing");
    expect(coverAltSchema.safeParse("x".repeat(301)).error?.issues[0]?.message).toBe("alt-too-long");
    expect(coverAltSchema.safeParse("x".repeat(300)).success).toBe(true);
  });
});

describe("coverIntentSchema", () => {
  it("is save unless remove is asked for", () => {
    expect(coverIntentSchema.parse("remove")).toBe("remove");
    expect(coverIntentSchema.parse(undefined)).toBe("save");
    expect(coverIntentSchema.parse("drop table")).toBe("save");
  });
});
