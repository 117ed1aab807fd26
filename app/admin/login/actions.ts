"use server";

import { redirect } from "next/navigation";
import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { getDb } from "@/db";
import { deleteChallenge } from "@/db/queries/two-factor";
import { signIn } from "@/lib/auth/config";
import { adminRedirectTarget } from "@/lib/auth/safe-redirect";
import { adminText } from "@/lib/i18n/admin-text";
import { retryAfterMinutes } from "@/lib/auth/throttle";
import { challengeTokenHash, clearChallengeCookie, readChallengeToken } from "@/lib/auth/two-factor/challenge-cookie";

/** `offerCode`: the email is locked; the form then offers the second factor's field, which lifts that lock. */
export type SignInState = { message?: string; email?: string; offerCode?: boolean };

const signInSchema = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
  code: z.string().trim().max(64).optional(),
  next: z.string().optional(),
});

const codeSchema = z.object({
  code: z.string().trim().min(1).max(64),
  next: z.string().optional(),
});

/** "Try again in N minutes" in the reader's language (Russian plural forms from the message's ICU plural). */
async function waitMessage(code: string): Promise<string> {
  const { t } = await adminText("signIn");
  return t("throttled", { minutes: retryAfterMinutes(Number(code.slice("throttled:".length))) });
}

/** Runs next-auth's sign-in without its redirect; answers the error code ("" for plain wrong credentials) or null when signed in. */
async function credentialsSignIn(fields: Record<string, string | undefined>, redirectTo: string): Promise<string | null> {
  let outcome: string;
  try {
    // redirect: false → next-auth answers with the URL it would go to; a failure carries ?error=…&code=…
    // Only the fields that have a value: next-auth posts them as a form, where undefined would arrive as "undefined".
    const present = Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
    outcome = await signIn("credentials", { ...present, redirect: false, redirectTo });
  } catch (error) {
    if (error instanceof CredentialsSignin) outcome = `/admin/login?error=CredentialsSignin&code=${encodeURIComponent(error.code)}`;
    else if (error instanceof AuthError) return "";
    else throw error;
  }
  const result = new URL(outcome, "http://podium.invalid");
  if (!result.searchParams.has("error")) return null;
  const code = result.searchParams.get("code") ?? "";
  return code === "credentials" ? "" : code;
}

/** Step one: email and password (and, when the email is locked, the second factor too). */
export async function signInWithPassword(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
    code: formData.get("code") ?? undefined,
    next: formData.get("next") ?? undefined,
  });
  const email = String(formData.get("email") ?? "").slice(0, 254);
  const { t } = await adminText("signIn");
  if (!parsed.success) return { message: t("enterEmailPassword"), email };
  const target = adminRedirectTarget(parsed.data.next);
  const code = parsed.data.code || undefined;
  const error = await credentialsSignIn({ email: parsed.data.email, password: parsed.data.password, code }, target);
  if (error === null) redirect(target);
  // The password was right and the account has a second factor: the page now asks for the code.
  if (error === "second-factor") redirect(`/admin/login?next=${encodeURIComponent(target)}`);
  if (error.startsWith("throttled:")) return { message: await waitMessage(error), email, offerCode: true };
  return { message: t(code ? "wrongWithCode" : "wrong"), email, offerCode: Boolean(code) };
}

/** Step two: the code from the app (or a recovery code) for the sign-in the challenge cookie names. */
export async function signInWithCode(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = codeSchema.safeParse({ code: formData.get("code"), next: formData.get("next") ?? undefined });
  const { t } = await adminText("signIn");
  if (!parsed.success) return { message: t("enterCode") };
  const target = adminRedirectTarget(parsed.data.next);
  const error = await credentialsSignIn({ code: parsed.data.code }, target);
  if (error === null) redirect(target);
  if (error.startsWith("throttled:")) return { message: await waitMessage(error) };
  if (error === "challenge-over") redirect(`/admin/login?next=${encodeURIComponent(target)}&restart=1`);
  return { message: t("wrongCode") };
}

/** "Sign in as someone else": forgets the half-done sign-in. */
export async function abandonSecondFactor(formData: FormData): Promise<void> {
  const token = await readChallengeToken();
  if (token) await deleteChallenge(await getDb(), challengeTokenHash(token));
  await clearChallengeCookie();
  redirect(`/admin/login?next=${encodeURIComponent(adminRedirectTarget(String(formData.get("next") ?? "")))}`);
}
