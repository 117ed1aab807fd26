import type { Metadata } from "next";
import { SiteTime } from "@/components/admin/audit-time";
import { getDb } from "@/db";
import { getTwoFactor, unusedRecoveryCodes } from "@/db/queries/two-factor";
import { lacksRequiredSecondFactor, requireRole } from "@/lib/auth/dal";
import { openSecret } from "@/lib/auth/two-factor/secret-box";
import { groupForTyping, otpauthUri, qrCodeDataUrl } from "@/lib/auth/two-factor/totp";
import { confirmTwoFactor, disableTwoFactor, regenerateRecoveryCodes, startTwoFactorSetup } from "./actions";
import { ConfirmForm, DisableForm, RegenerateForm, StartForm } from "./two-factor-forms";
import "../../users/users.css";

export const metadata: Metadata = { title: "Two-factor sign-in" };

export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<{ off?: string }> }) {
  // Reachable without a second factor: this is where an admin without one is sent.
  const session = await requireRole("editor", { allowWithoutSecondFactor: true });
  const { off } = await searchParams;
  const db = await getDb();
  const row = await getTwoFactor(db, session.userId);
  const pendingSecret = row && !row.confirmedAt ? openSecret(row.secretCiphertext, session.userId) : null;
  return (
    <div className="users-narrow">
      <p>
        <a href="/admin/account">← My account</a>
      </p>
      <h1>Two-factor sign-in</h1>
      {off && !row ? <p className="form-notice">Two-factor sign-in is off.</p> : null}
      {lacksRequiredSecondFactor(session) ? (
        <p className="form-notice" role="status">
          Admins must sign in with a second factor. Set it up here to continue to the rest of the admin.
        </p>
      ) : null}
      {row?.confirmedAt ? (
        <Enrolled since={row.confirmedAt} recoveryCodesLeft={(await unusedRecoveryCodes(db, session.userId)).length} admin={session.role === "admin"} />
      ) : pendingSecret ? (
        <Pending secret={pendingSecret} email={session.email} />
      ) : (
        <>
          <p>
            With two-factor sign-in, signing in needs your password and a six-digit code from an authenticator app on your phone
            (for example Aegis, Google Authenticator, Microsoft Authenticator, 1Password or Bitwarden). Someone who learns your
            password still cannot sign in.
          </p>
          <StartForm action={startTwoFactorSetup} />
        </>
      )}
    </div>
  );
}

function Pending({ secret, email }: { secret: string; email: string }) {
  const uri = otpauthUri(secret, email);
  return (
    <>
      <h2>1. Add Podium to your authenticator app</h2>
      <p>Scan this QR code with the app:</p>
      {/* Made on the server (lib/auth/two-factor/totp.ts): no script, nothing sent elsewhere. */}
      <img src={qrCodeDataUrl(uri)} alt="QR code holding your two-factor secret" width={220} height={220} className="two-factor-qr" />
      <p>Or type this secret into the app (choose a time-based code):</p>
      <p>
        <code data-testid="totp-secret" className="two-factor-secret">
          {groupForTyping(secret)}
        </code>
      </p>
      <details>
        <summary>The set-up address, for apps that take one</summary>
        <p>
          <code className="two-factor-uri">{uri}</code>
        </p>
      </details>
      <h2>2. Enter the code the app shows</h2>
      <ConfirmForm action={confirmTwoFactor} />
      <h2>Lost the screen or scanned with the wrong phone?</h2>
      <StartForm action={startTwoFactorSetup} again />
    </>
  );
}

function Enrolled({ since, recoveryCodesLeft, admin }: { since: Date; recoveryCodesLeft: number; admin: boolean }) {
  return (
    <>
      <p>
        Two-factor sign-in is <strong>on</strong> since <SiteTime date={since} />. You have{" "}
        <strong>
          {recoveryCodesLeft} recovery code{recoveryCodesLeft === 1 ? "" : "s"}
        </strong>{" "}
        left.
      </p>
      <h2>Recovery codes</h2>
      <RegenerateForm action={regenerateRecoveryCodes} />
      <h2>Turn off</h2>
      <p className="field-hint">
        {admin
          ? "Admins must use two-factor sign-in: after turning it off you are asked to set it up again (to move to a new phone, for example)."
          : "You then sign in with your password alone."}
      </p>
      <DisableForm action={disableTwoFactor} />
    </>
  );
}
