import type { Metadata } from "next";
import { OwnPasswordForm } from "@/components/admin/user-own-password-form";
import { requireRole } from "@/lib/auth/dal";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords";
import { changeOwnPassword } from "./actions";
import "../users/users.css";

export const metadata: Metadata = { title: "My account" };

export default async function AccountPage() {
  const session = await requireRole("editor");
  return (
    <div className="users-narrow">
      <h1>My account</h1>
      <p>
        Signed in as <strong>{session.email}</strong> ({session.role}).
      </p>
      <h2>Two-factor sign-in</h2>
      <p>
        {session.twoFactor ? "On: you sign in with your password and a code from your app." : "Off: you sign in with your password alone."}{" "}
        <a href="/admin/account/two-factor">{session.twoFactor ? "Manage two-factor sign-in" : "Set up two-factor sign-in"}</a>
      </p>
      <h2>Change your password</h2>
      <p className="field-hint">Changing it signs you out on every other device; you stay signed in here.</p>
      <OwnPasswordForm action={changeOwnPassword} email={session.email} minLength={MIN_PASSWORD_LENGTH} />
    </div>
  );
}
