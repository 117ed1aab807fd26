import { SiteTime } from "@/components/admin/audit-time";
import { getDb } from "@/db";
import { getTwoFactor, unusedRecoveryCodes } from "@/db/queries/two-factor";
import { lacksRequiredSecondFactor, requireRole } from "@/lib/auth/dal";
import { openSecret } from "@/lib/auth/two-factor/secret-box";
import { adminText } from "@/lib/i18n/admin-text";
import type { Locale } from "@/lib/site-config";
import { groupForTyping, otpauthUri, qrCodeDataUrl } from "@/lib/auth/two-factor/totp";
import { confirmTwoFactor, disableTwoFactor, regenerateRecoveryCodes, startTwoFactorSetup } from "./actions";
import { ConfirmForm, DisableForm, RegenerateForm, StartForm } from "./two-factor-forms";
import "../../users/users.css";

export async function generateMetadata() {
  return { title: (await adminText("account")).t("twoFactor.title") };
}

type Words = Awaited<ReturnType<typeof adminText<"account">>>["t"];

export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<{ off?: string }> }) {
  // Reachable without a second factor: this is where an admin without one is sent.
  const session = await requireRole("editor", { allowWithoutSecondFactor: true });
  const { off } = await searchParams;
  const { locale, t } = await adminText("account");
  const db = await getDb();
  const row = await getTwoFactor(db, session.userId);
  const pendingSecret = row && !row.confirmedAt ? openSecret(row.secretCiphertext, session.userId) : null;
  return (
    <div className="users-narrow">
      <p>
        <a href="/admin/account">{t("twoFactor.backToAccount")}</a>
      </p>
      <h1>{t("twoFactor.title")}</h1>
      {off && !row ? <p className="form-notice">{t("twoFactor.isOff")}</p> : null}
      {lacksRequiredSecondFactor(session) ? (
        <p className="form-notice" role="status">
          {t("twoFactor.adminsMust")}
        </p>
      ) : null}
      {row?.confirmedAt ? (
        <Enrolled since={row.confirmedAt} recoveryCodesLeft={(await unusedRecoveryCodes(db, session.userId)).length} admin={session.role === "admin"} t={t} locale={locale} />
      ) : pendingSecret ? (
        <Pending secret={pendingSecret} email={session.email} t={t} />
      ) : (
        <>
          <p>{t("twoFactor.intro")}</p>
          <StartForm action={startTwoFactorSetup} />
        </>
      )}
    </div>
  );
}

function Pending({ secret, email, t }: { secret: string; email: string; t: Words }) {
  const uri = otpauthUri(secret, email);
  return (
    <>
      <h2>{t("twoFactor.stepAdd")}</h2>
      <p>{t("twoFactor.scan")}</p>
      {/* Made on the server (lib/auth/two-factor/totp.ts): no script, nothing sent elsewhere. */}
      <img src={qrCodeDataUrl(uri)} alt={t("twoFactor.qrAlt")} width={220} height={220} className="two-factor-qr" />
      <p>{t("twoFactor.orType")}</p>
      <p>
        <code data-testid="totp-secret" className="two-factor-secret">
          {groupForTyping(secret)}
        </code>
      </p>
      <details>
        <summary>{t("twoFactor.uriSummary")}</summary>
        <p>
          <code className="two-factor-uri">{uri}</code>
        </p>
      </details>
      <h2>{t("twoFactor.stepCode")}</h2>
      <ConfirmForm action={confirmTwoFactor} />
      <h2>{t("twoFactor.lostScreen")}</h2>
      <StartForm action={startTwoFactorSetup} again />
    </>
  );
}

function Enrolled({ since, recoveryCodesLeft, admin, t, locale }: { since: Date; recoveryCodesLeft: number; admin: boolean; t: Words; locale: Locale }) {
  return (
    <>
      <p>
        {t.rich("twoFactor.onSince", {
          count: recoveryCodesLeft,
          since: () => <SiteTime date={since} locale={locale} />,
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <h2>{t("twoFactor.recoveryHeading")}</h2>
      <RegenerateForm action={regenerateRecoveryCodes} />
      <h2>{t("twoFactor.turnOffHeading")}</h2>
      <p className="field-hint">
        {t(admin ? "twoFactor.turnOffAdmin" : "twoFactor.turnOffEditor")}
      </p>
      <DisableForm action={disableTwoFactor} />
    </>
  );
}
