// Recovery codes: ten single-use codes shown once when a second factor is
// confirmed (or the codes are made anew), for the day the phone is lost. Each
// is 10 characters from a 31-letter alphabet without look-alikes (about 50 bits),
// shown as two groups of five, and stored only as an argon2id hash, like a
// password: the database never holds one that could be typed.
import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const LENGTH = 10;

function oneCode(): string {
  let code = "";
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Ten fresh codes, as shown to the user ("abcde-fghjk"). */
export function generateRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, oneCode);
}

/** What is compared: lower case, without spaces and dashes; null if it cannot be a recovery code. */
export function normalizeRecoveryCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, "").toLowerCase();
  return code.length === LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

export function hashRecoveryCode(code: string): Promise<string> {
  return hash(normalizeRecoveryCode(code) ?? code);
}

/** The index in `hashes` of the one `input` matches, or -1. */
export async function findRecoveryCode(hashes: string[], input: string): Promise<number> {
  const code = normalizeRecoveryCode(input);
  if (!code) return -1;
  for (let i = 0; i < hashes.length; i++) {
    try {
      if (await verify(hashes[i]!, code)) return i;
    } catch {
      // A malformed stored hash matches nothing.
    }
  }
  return -1;
}
