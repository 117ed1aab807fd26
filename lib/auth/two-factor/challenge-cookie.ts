import "server-only";
// The browser's half of a sign-in challenge (db/queries/two-factor.ts): a random
// token in an httpOnly, SameSite=Strict cookie that lives five minutes. The
// server keeps only its SHA-256, with the user it belongs to, so the page that
// asks for the code knows whose sign-in it finishes without trusting anything
// the form sends: there is no user id or email in a hidden field to forge.
import { createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";

const COOKIE = "podium-sign-in-challenge";
export const CHALLENGE_LIFETIME_SECONDS = 5 * 60;

export function newChallengeToken(): string {
  return randomBytes(32).toString("base64url");
}

export function challengeTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

const secure = () => (process.env.SITE_URL ?? "").startsWith("https:");

export async function setChallengeCookie(token: string): Promise<void> {
  (await cookies()).set(COOKIE, token, { httpOnly: true, sameSite: "strict", secure: secure(), path: "/", maxAge: CHALLENGE_LIFETIME_SECONDS });
}

export async function readChallengeToken(): Promise<string | null> {
  const value = (await cookies()).get(COOKIE)?.value;
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
}

export async function clearChallengeCookie(): Promise<void> {
  (await cookies()).delete({ name: COOKIE, path: "/" });
}
