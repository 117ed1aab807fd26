import { redirect } from "next/navigation";
import { AdminIntlProvider } from "@/components/admin/admin-intl-provider";
import { getDb } from "@/db";
import { getChallenge } from "@/db/queries/two-factor";
import { getSession } from "@/lib/auth/dal";
import { adminRedirectTarget } from "@/lib/auth/safe-redirect";
import { adminText } from "@/lib/i18n/admin-text";
import { challengeTokenHash, readChallengeToken } from "@/lib/auth/two-factor/challenge-cookie";
import { SecondFactorForm } from "./second-factor-form";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata() {
  return { title: (await adminText("signIn")).t("title") };
}

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
  const { t } = await adminText("signIn");
  return (
    // Outside the protected layout: its own provider gives the two forms their words.
    <AdminIntlProvider>
    <main id="main" className="admin-login">
      <div className="admin-login__card">
        <p className="admin-login__brand">{t("brand")}</p>
        <h1>{t("heading")}</h1>
        {pendingEmail ? (
          <SecondFactorForm next={target} email={pendingEmail} />
        ) : (
          <SignInForm
            next={target}
            restartNotice={restart ? t("restart") : undefined}
          />
        )}
      </div>
    </main>
    </AdminIntlProvider>
  );
}
