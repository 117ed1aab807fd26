import { describe, expect, it } from "vitest";
import { findRecoveryCode, generateRecoveryCodes, hashRecoveryCode, normalizeRecoveryCode, RECOVERY_CODE_COUNT } from "./recovery-codes";

describe("recovery codes", () => {
  it("are ten distinct codes of two groups of five, without look-alike characters", () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(RECOVERY_CODE_COUNT).toBe(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
  });

  it("are stored as argon2id hashes that hold nothing typeable, and match as typed in any case or spacing", async () => {
    const codes = generateRecoveryCodes().slice(0, 3);
    const hashes = await Promise.all(codes.map(hashRecoveryCode));
    for (const [i, hash] of hashes.entries()) {
      expect(hash).toMatch(/^\$argon2id\$/);
      expect(hash).not.toContain(codes[i]!.replace("-", ""));
    }
    expect(await findRecoveryCode(hashes, codes[1]!)).toBe(1);
    expect(await findRecoveryCode(hashes, ` ${codes[2]!.toUpperCase().replace("-", " ")} `)).toBe(2);
    expect(await findRecoveryCode(hashes, generateRecoveryCodes()[0]!)).toBe(-1);
  });

  it("refuse what cannot be a code before hashing anything", async () => {
    for (const bad of ["", "123456", "abcde-fghi", "abcde-fghij-k", "abcde-fghi1"]) expect(normalizeRecoveryCode(bad)).toBeNull();
    expect(await findRecoveryCode(["$argon2id$broken"], "abcde-fghjk")).toBe(-1);
  });
});
