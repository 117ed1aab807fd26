// TOTP secrets at rest. Unlike a password, a TOTP secret cannot be hashed: the
// server must read it back to compute the expected code. So it is encrypted,
// with AES-256-GCM under a key derived (HKDF-SHA256) from AUTH_SECRET, which
// lives in the environment and never in the database. A leaked database dump or
// backup then holds no usable secret, and the GCM tag plus the user id as
// associated data make a ciphertext refuse to open if altered or copied onto
// another user's row. Changing AUTH_SECRET makes every stored secret unreadable:
// those users must have their second factor reset (README, "Two-factor sign-in").
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";
const INFO = "podium:totp-secret:v1";

/** The 256-bit key for `authSecret` (AUTH_SECRET unless a test or fixture names another). */
export function secretBoxKey(authSecret = process.env.AUTH_SECRET): Buffer {
  if (!authSecret) throw new Error("AUTH_SECRET is not set: two-factor secrets cannot be encrypted or read.");
  return Buffer.from(hkdfSync("sha256", authSecret, "podium", INFO, 32));
}

/** "v1.<iv>.<tag>.<ciphertext>", base64url parts. */
export function sealSecret(plain: string, userId: number, key = secretBoxKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(`user:${userId}`));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The plain secret, or null if the text was altered, belongs to another user or was sealed under another key. */
export function openSecret(sealed: string, userId: number, key = secretBoxKey()): string | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(`user:${userId}`));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
