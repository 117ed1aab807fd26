import { describe, expect, it } from "vitest";
import { openSecret, sealSecret, secretBoxKey } from "./secret-box";

const key = secretBoxKey("unit-test-secret-0123456789");

describe("TOTP secrets at rest (AES-256-GCM, key from AUTH_SECRET)", () => {
  it("open to what was sealed, for the same user and key", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP", 7, key);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(openSecret(sealed, 7, key)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("differ each time (a fresh IV), so equal secrets do not look equal", () => {
    expect(sealSecret("JBSWY3DPEHPK3PXP", 7, key)).not.toBe(sealSecret("JBSWY3DPEHPK3PXP", 7, key));
  });

  it("refuse to open for another user, under another key, or altered", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP", 7, key);
    expect(openSecret(sealed, 8, key)).toBeNull();
    expect(openSecret(sealed, 7, secretBoxKey("another-secret-0123456789"))).toBeNull();
    const [v, iv, tag, body] = sealed.split(".");
    const flipped = body!.startsWith("A") ? `B${body!.slice(1)}` : `A${body!.slice(1)}`;
    expect(openSecret([v, iv, tag, flipped].join("."), 7, key)).toBeNull();
    expect(openSecret("not sealed", 7, key)).toBeNull();
  });

  it("derive a 256-bit key and refuse to work without AUTH_SECRET", () => {
    expect(key).toHaveLength(32);
    expect(() => secretBoxKey("")).toThrow(/AUTH_SECRET/);
  });
});
