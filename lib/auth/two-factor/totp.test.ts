import { describe, expect, it } from "vitest";
import { groupForTyping, matchTotp, newTotpSecret, normalizeTotpInput, otpauthUri, qrCodeDataUrl, totpCode, totpStep } from "./totp";

// RFC 6238 appendix B: the SHA-1 secret is ASCII "12345678901234567890".
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const STEP_MS = 30_000;

describe("TOTP codes", () => {
  it("match the RFC 6238 test vectors (six digits of them)", () => {
    expect(totpCode(RFC_SECRET, 59_000)).toBe("287082");
    expect(totpCode(RFC_SECRET, 1_111_111_109_000)).toBe("081804");
    expect(totpCode(RFC_SECRET, 1_234_567_890_000)).toBe("005924");
  });

  it("are accepted for the current step and one step either side, not two", () => {
    const secret = newTotpSecret();
    const now = 1_800_000_000_000;
    const step = totpStep(now);
    expect(matchTotp(secret, totpCode(secret, now), null, now)).toBe(step);
    expect(matchTotp(secret, totpCode(secret, now - STEP_MS), null, now)).toBe(step - 1);
    expect(matchTotp(secret, totpCode(secret, now + STEP_MS), null, now)).toBe(step + 1);
    expect(matchTotp(secret, totpCode(secret, now - 2 * STEP_MS), null, now)).toBeNull();
    expect(matchTotp(secret, totpCode(secret, now + 2 * STEP_MS), null, now)).toBeNull();
  });

  it("are refused once their step (or a later one) was used: no replay", () => {
    const secret = newTotpSecret();
    const now = 1_800_000_000_000;
    const step = totpStep(now);
    const code = totpCode(secret, now);
    expect(matchTotp(secret, code, step, now)).toBeNull();
    expect(matchTotp(secret, code, step + 1, now)).toBeNull();
    // The previous step's code after the current one was used: older, refused.
    expect(matchTotp(secret, totpCode(secret, now - STEP_MS), step, now)).toBeNull();
    // The next step's code is still fine.
    expect(matchTotp(secret, totpCode(secret, now + STEP_MS), step, now)).toBe(step + 1);
  });

  it("refuse another secret's code and anything that is not six digits; spaces as apps show them are fine", () => {
    const secret = newTotpSecret();
    const now = 1_800_000_000_000;
    const code = totpCode(secret, now);
    expect(matchTotp(newTotpSecret(), code, null, now)).toBeNull();
    expect(matchTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, null, now)).toBe(totpStep(now));
    for (const bad of ["", "12345", "1234567", "abcdef", "12345a"]) expect(normalizeTotpInput(bad)).toBeNull();
  });
});

describe("setting up an app", () => {
  it("makes a 160-bit base32 secret, grouped by four for typing", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    expect(groupForTyping("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
    expect(groupForTyping(secret).replace(/ /g, "")).toBe(secret);
  });

  it("writes the otpauth:// address apps read, with issuer, account and the usual parameters", () => {
    const uri = otpauthUri(RFC_SECRET, "ed@example.test");
    const parsed = new URL(uri);
    expect(parsed.protocol).toBe("otpauth:");
    expect(uri).toContain("totp/Podium:ed%40example.test");
    expect(parsed.searchParams.get("secret")).toBe(RFC_SECRET);
    expect(parsed.searchParams.get("issuer")).toBe("Podium");
    expect(parsed.searchParams.get("digits")).toBe("6");
    expect(parsed.searchParams.get("period")).toBe("30");
  });

  it("draws the QR code as an SVG data URL on the server", () => {
    const url = qrCodeDataUrl(otpauthUri(RFC_SECRET, "ed@example.test"));
    expect(url.startsWith("data:image/svg+xml;base64,")).toBe(true);
    const svg = Buffer.from(url.slice("data:image/svg+xml;base64,".length), "base64").toString("utf8");
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain("<path");
    expect(svg).not.toContain("<script");
  });
});
