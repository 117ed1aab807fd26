import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { getChallenge } from "@/db/queries/two-factor";
import { getSession } from "@/lib/auth/dal";
import { adminRedirectTarget } from "@/lib/auth/safe-redirect";
import { challengeTokenHash, readChallengeToken } from "@/lib/auth/two-factor/challenge-cookie";
import { SecondFactorForm } from "./second-factor-form";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

/** The email of the sign-in waiting for its code in this browser (the challenge cookie's), if any. */
async function pendingSignInEmail(): Promise<string | null> {
  const token = await readChallengeToken();
  if (!token) return null;
  return (await getChallenge(await getDb(), challengeTokenHash(token)))?.user.email ?? null;
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[]; restart?: string | string[] }> }) {
  const { next, restart } = await searchParams;
  const target = adminRedirectTarget(Array.isArray(next) ? next[0] : next);
  if (await getSession()) redirect(target);
  const pendingEmail = await pendingSignInEmail();
  return (
    <main id="main" className="admin-login">
      <div className="admin-login__card">
        <p className="admin-login__brand">Podium</p>
        <h1>Sign in to the forum admin</h1>
        {pendingEmail ? (
          <SecondFactorForm next={target} email={pendingEmail} />
        ) : (
          <SignInForm
            next={target}
            restartNotice={
              restart ? "Your sign-in was not finished in time or had too many wrong codes. Enter your email and password again." : undefined
            }
          />
        )}
      </div>
    </main>
  );
}
