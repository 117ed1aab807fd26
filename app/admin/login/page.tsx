import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSession } from "@/lib/auth/dal";
import { adminRedirectTarget } from "@/lib/auth/safe-redirect";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const target = adminRedirectTarget(Array.isArray(next) ? next[0] : next);
  if (await getSession()) redirect(target);
  return (
    <main id="main" className="admin-login">
      <div className="admin-login__card">
        <p className="admin-login__brand">Podium</p>
        <h1>Sign in to the forum admin</h1>
        <SignInForm next={target} />
      </div>
    </main>
  );
}
