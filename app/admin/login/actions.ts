"use server";

import { redirect } from "next/navigation";
import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/config";
import { adminRedirectTarget } from "@/lib/auth/safe-redirect";
import { retryAfterMinutes } from "@/lib/auth/throttle";

export type SignInState = { message?: string; email?: string };

const signInSchema = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
  next: z.string().optional(),
});

const GENERIC = "Wrong email or password.";

export async function signInWithPassword(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
    next: formData.get("next") ?? undefined,
  });
  const email = String(formData.get("email") ?? "").slice(0, 254);
  if (!parsed.success) return { message: "Enter your email and password.", email };
  const target = adminRedirectTarget(parsed.data.next);
  let outcome: string;
  try {
    // redirect: false → next-auth answers with the URL it would go to; a failure carries ?error=…&code=…
    outcome = await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false, redirectTo: target });
  } catch (error) {
    if (error instanceof CredentialsSignin) outcome = `/admin/login?error=CredentialsSignin&code=${encodeURIComponent(error.code)}`;
    else if (error instanceof AuthError) return { message: GENERIC, email };
    else throw error;
  }
  const result = new URL(outcome, "http://podium.invalid");
  if (result.searchParams.has("error")) {
    const code = result.searchParams.get("code") ?? "";
    if (code.startsWith("throttled:")) {
      const minutes = retryAfterMinutes(Number(code.slice("throttled:".length)));
      return { message: `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, email };
    }
    return { message: GENERIC, email };
  }
  redirect(target);
}
