import { afterEach, describe, expect, it, vi } from "vitest";
import { findOldSlugTarget, forgetOldSlugRedirects } from "./old-slug-redirects";

afterEach(() => {
  forgetOldSlugRedirects();
  vi.useRealTimers();
});

describe("findOldSlugTarget", () => {
  it("asks the database once per slug within the time-to-live, for answers and for misses", async () => {
    const lookup = vi.fn(async (_locale: string, slug: string) => (slug === "old" ? "new" : null));
    expect(await findOldSlugTarget("en", "old", lookup)).toBe("new");
    expect(await findOldSlugTarget("en", "old", lookup)).toBe("new");
    expect(await findOldSlugTarget("en", "current", lookup)).toBeNull();
    expect(await findOldSlugTarget("en", "current", lookup)).toBeNull();
    expect(lookup).toHaveBeenCalledTimes(2);
    // The locale is part of the key.
    expect(await findOldSlugTarget("ru", "old", lookup)).toBe("new");
    expect(lookup).toHaveBeenCalledTimes(3);
  });

  it("asks again after the time-to-live, and at once after forgetOldSlugRedirects()", async () => {
    vi.useFakeTimers();
    const lookup = vi.fn(async () => null as string | null);
    await findOldSlugTarget("en", "a", lookup);
    vi.advanceTimersByTime(11_000);
    await findOldSlugTarget("en", "a", lookup);
    expect(lookup).toHaveBeenCalledTimes(2);
    forgetOldSlugRedirects();
    lookup.mockResolvedValueOnce("b");
    expect(await findOldSlugTarget("en", "a", lookup)).toBe("b");
  });

  it("answers null when the database fails, and does not remember the failure", async () => {
    const failing = vi.fn(async () => {
      throw new Error("connection refused");
    });
    expect(await findOldSlugTarget("en", "x", failing)).toBeNull();
    expect(await findOldSlugTarget("en", "x", async () => "y")).toBe("y");
  });

  it("keeps at most 10,000 slugs, dropping the one cached longest ago", async () => {
    const lookup = vi.fn(async (_l: string, slug: string) => `${slug}-new`);
    for (let i = 0; i <= 10_000; i++) await findOldSlugTarget("en", `s${i}`, lookup);
    expect(lookup).toHaveBeenCalledTimes(10_001);
    await findOldSlugTarget("en", "s10000", lookup); // still there
    expect(lookup).toHaveBeenCalledTimes(10_001);
    await findOldSlugTarget("en", "s0", lookup); // the oldest went
    expect(lookup).toHaveBeenCalledTimes(10_002);
  });
});
