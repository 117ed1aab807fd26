import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

describe("search rate limit", () => {
  it("lets an address make its searches, then refuses with the seconds left, then lets it again", () => {
    const limiter = createRateLimiter(3, 60_000);
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) expect(limiter.take("10.0.0.1", t0 + i)).toEqual({ ok: true });
    expect(limiter.take("10.0.0.1", t0 + 15_000)).toEqual({ ok: false, retryAfterSeconds: 45 });
    expect(limiter.take("10.0.0.2", t0 + 15_000)).toEqual({ ok: true }); // another address is not held back
    expect(limiter.take("10.0.0.1", t0 + 60_000)).toEqual({ ok: true });
  });
});
