import "server-only";
// Checks a second factor typed by its owner: a six-digit code from the app (its
// time step then spent) or a recovery code (then spent, with an audit entry in
// the same transaction). Used by sign-in and by the account page's changes that
// need a fresh proof (turning 2FA off, new recovery codes).
import type { Database } from "@/db/client";
import { getTwoFactor, spendRecoveryCode, unusedRecoveryCodes, spendTotpStep } from "@/db/queries/two-factor";
import { inTransaction } from "@/db/transaction";
import { recordAudit } from "@/lib/audit";
import { findRecoveryCode, normalizeRecoveryCode } from "./recovery-codes";
import { openSecret } from "./secret-box";
import { matchTotp, normalizeTotpInput } from "./totp";

export type SecondFactorCheck = { ok: true; method: "totp" } | { ok: true; method: "recovery"; remaining: number } | { ok: false };

/** The confirmed TOTP secret of the user, decrypted; null without one (or when AUTH_SECRET changed since). */
async function confirmedSecret(db: Database, userId: number): Promise<{ secret: string; lastUsedStep: number | null } | null> {
  const row = await getTwoFactor(db, userId);
  if (!row?.confirmedAt) return null;
  const secret = openSecret(row.secretCiphertext, userId);
  return secret ? { secret, lastUsedStep: row.lastUsedStep } : null;
}

export async function checkSecondFactor(
  db: Database,
  user: { userId: number; email: string },
  input: string,
  options: { allowRecoveryCode?: boolean } = {},
): Promise<SecondFactorCheck> {
  if (normalizeTotpInput(input)) {
    const current = await confirmedSecret(db, user.userId);
    if (!current) return { ok: false };
    const step = matchTotp(current.secret, input, current.lastUsedStep);
    return step !== null && (await spendTotpStep(db, user.userId, step)) ? { ok: true, method: "totp" } : { ok: false };
  }
  if ((options.allowRecoveryCode ?? true) && normalizeRecoveryCode(input)) {
    // Only hashed: works even when the secret can no longer be opened (AUTH_SECRET changed).
    if (!(await getTwoFactor(db, user.userId))?.confirmedAt) return { ok: false };
    const codes = await unusedRecoveryCodes(db, user.userId);
    const index = await findRecoveryCode(
      codes.map((c) => c.codeHash),
      input,
    );
    if (index < 0) return { ok: false };
    const remaining = codes.length - 1;
    const spent = await inTransaction(db, async (tx) => {
      if (!(await spendRecoveryCode(tx, codes[index]!.id))) return false;
      await recordAudit(tx, { userId: user.userId, email: user.email }, {
        action: "two_factor.recovery_code_used",
        entity: "staff_user",
        entityId: user.userId,
        summary: { email: user.email, remaining },
      });
      return true;
    });
    return spent ? { ok: true, method: "recovery", remaining } : { ok: false };
  }
  return { ok: false };
}
