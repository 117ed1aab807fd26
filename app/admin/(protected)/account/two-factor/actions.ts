"use server";
// Setting up, confirming and turning off one's own second factor, and making new
// recovery codes. All through adminWrite (session → zod → change + audit in one
// transaction → typed result). Admins without a second factor may reach only
// these (allowWithoutSecondFactor): everything else sends them here.
import { redirect } from "next/navigation";
import { z } from "zod";
import { getTwoFactor, removeTwoFactor, replaceRecoveryCodes, startEnrolment, spendTotpStep } from "@/db/queries/two-factor";
import { adminWrite, refuse } from "@/lib/admin/write-action";
import { TWO_FACTOR_PAGE } from "@/lib/auth/dal";
import { checkSecondFactor } from "@/lib/auth/two-factor/check";
import { generateRecoveryCodes, hashRecoveryCode } from "@/lib/auth/two-factor/recovery-codes";
import { openSecret, sealSecret } from "@/lib/auth/two-factor/secret-box";
import { matchTotp, newTotpSecret } from "@/lib/auth/two-factor/totp";
import { adminText } from "@/lib/i18n/admin-text";

/** What the forms show: field errors, a message, and the recovery codes once, right after they are made. */
export type TwoFactorFormState = { errors?: Partial<Record<string, string[]>>; message?: string; recoveryCodes?: string[]; notice?: string };

const codeSchema = z.object({
  code: z
    .string({ error: "account.twoFactor.errors.codeMissing" })
    .trim()
    .min(1, "account.twoFactor.errors.codeMissing")
    .max(64, "account.twoFactor.errors.codeTooLong"),
});

// Messages are keys into messages/admin/<locale>/account.json: adminWrite words them for the reader.
const WRONG_CODE = "account.twoFactor.errors.wrongCode";
const ALREADY_ON = "account.twoFactor.errors.alreadyOn";

const readCode = (formData: FormData) => ({ code: formData.get("code") ?? undefined });

/**
 * Ten fresh codes and their argon2id hashes. Made inside the change, after the
 * session check: ten hashes cost real CPU, which a signed-out caller must not get to spend.
 */
async function hashedCodes(): Promise<{ codes: string[]; hashes: string[] }> {
  const codes = generateRecoveryCodes();
  return { codes, hashes: await Promise.all(codes.map(hashRecoveryCode)) };
}

/** "Set up two-factor sign-in" (or "start again"): a new secret, shown on the page until a first code confirms it. */
export async function startTwoFactorSetup(): Promise<TwoFactorFormState> {
  const result = await adminWrite({
    name: "startTwoFactorSetup",
    role: "editor",
    allowWithoutSecondFactor: true,
    schema: z.object({}),
    input: {},
    change: async (tx, _data, session) => {
      const sealed = sealSecret(newTotpSecret(), session.userId);
      if (!(await startEnrolment(tx, session.userId, sealed))) return refuse(null, ALREADY_ON);
      return { ok: true, value: null, stale: null, audit: { action: "two_factor.setup_started", entity: "staff_user", entityId: session.userId, summary: { email: session.email } } };
    },
  });
  if (!result.ok) return { message: result.message, errors: result.errors };
  redirect(TWO_FACTOR_PAGE);
}

/** The first code from the app confirms the set-up; the ten recovery codes are answered once. */
export async function confirmTwoFactor(_previous: TwoFactorFormState, formData: FormData): Promise<TwoFactorFormState> {
  const result = await adminWrite({
    name: "confirmTwoFactor",
    role: "editor",
    allowWithoutSecondFactor: true,
    schema: codeSchema,
    input: readCode(formData),
    change: async (tx, { code }, session) => {
      const row = await getTwoFactor(tx, session.userId);
      if (!row) return refuse(null, "account.twoFactor.errors.startFirst");
      if (row.confirmedAt) return refuse(null, ALREADY_ON);
      const secret = openSecret(row.secretCiphertext, session.userId);
      const step = secret ? matchTotp(secret, code, null) : null;
      if (step === null || !(await spendTotpStep(tx, session.userId, step, { confirm: true }))) return refuse("code", WRONG_CODE);
      const { codes, hashes } = await hashedCodes();
      await replaceRecoveryCodes(tx, session.userId, hashes);
      return { ok: true, value: codes, stale: null, audit: { action: "two_factor.enabled", entity: "staff_user", entityId: session.userId, summary: { email: session.email, recoveryCodes: hashes.length } } };
    },
  });
  const { t } = await adminText("account");
  if (!result.ok) return { message: result.message ?? t("twoFactor.errors.notOnYet"), errors: result.errors };
  return { recoveryCodes: result.value, notice: t("twoFactor.done.on") };
}

/** Ten new recovery codes (the old ones stop working); needs a code from the app, so an unattended session cannot. */
export async function regenerateRecoveryCodes(_previous: TwoFactorFormState, formData: FormData): Promise<TwoFactorFormState> {
  const result = await adminWrite({
    name: "regenerateRecoveryCodes",
    role: "editor",
    schema: codeSchema,
    input: readCode(formData),
    change: async (tx, { code }, session) => {
      const check = await checkSecondFactor(tx, { userId: session.userId, email: session.email }, code, { allowRecoveryCode: false });
      if (!check.ok) return refuse("code", WRONG_CODE);
      const { codes, hashes } = await hashedCodes();
      await replaceRecoveryCodes(tx, session.userId, hashes);
      return { ok: true, value: codes, stale: null, audit: { action: "two_factor.recovery_codes_replaced", entity: "staff_user", entityId: session.userId, summary: { email: session.email, recoveryCodes: hashes.length } } };
    },
  });
  const { t } = await adminText("account");
  if (!result.ok) return { message: result.message ?? t("twoFactor.errors.noNewCodes"), errors: result.errors };
  return { recoveryCodes: result.value, notice: t("twoFactor.done.newCodes") };
}

/** Turns one's own second factor off; needs a code (or a recovery code). An admin is then sent to set it up again. */
export async function disableTwoFactor(_previous: TwoFactorFormState, formData: FormData): Promise<TwoFactorFormState> {
  const result = await adminWrite({
    name: "disableTwoFactor",
    role: "editor",
    schema: codeSchema,
    input: readCode(formData),
    change: async (tx, { code }, session) => {
      const check = await checkSecondFactor(tx, { userId: session.userId, email: session.email }, code);
      if (!check.ok) return refuse("code", "account.twoFactor.errors.wrongCodeStillOn");
      await removeTwoFactor(tx, session.userId);
      return { ok: true, value: null, stale: null, audit: { action: "two_factor.disabled", entity: "staff_user", entityId: session.userId, summary: { email: session.email } } };
    },
  });
  if (!result.ok) return { message: result.message ?? (await adminText("account")).t("twoFactor.errors.stillOn"), errors: result.errors };
  redirect(`${TWO_FACTOR_PAGE}?off=1`);
}
