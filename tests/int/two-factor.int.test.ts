// Two-factor sign-in on the real database: the sign-in decision (lib/auth/sign-in.ts)
// with its challenge, codes, recovery codes and the throttle; the account page's
// actions (set up, confirm, new recovery codes, turn off) and the users admin's
// reset, each with its audit entry, refused to the wrong callers; and the rule
// that sends an admin without a second factor to set one up.
import { randomBytes } from "node:crypto";
import { and, desc, eq, inArray } from "drizzle-orm";
import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import TwoFactorPage from "@/app/admin/(protected)/account/two-factor/page";
import AdminUsersPage from "@/app/admin/(protected)/users/page";
import { confirmTwoFactor, disableTwoFactor, regenerateRecoveryCodes, startTwoFactorSetup } from "@/app/admin/(protected)/account/two-factor/actions";
import { inviteUser } from "@/app/admin/(protected)/users/actions";
import { resetUserTwoFactor } from "@/app/admin/(protected)/users/two-factor-actions";
import { countSessionsOfUser, createStaffSession } from "@/db/queries/staff-sessions";
import { auditLog, loginAttempts, signInChallenges, staffRecoveryCodes, staffTwoFactor, staffUsers } from "@/db/schema";
import { requireRole, TWO_FACTOR_PAGE } from "@/lib/auth/dal";
import { hashPassword } from "@/lib/auth/passwords";
import { attemptSignIn, MAX_CODES_PER_CHALLENGE, type SignInOutcome } from "@/lib/auth/sign-in";
import { generateRecoveryCodes, hashRecoveryCode } from "@/lib/auth/two-factor/recovery-codes";
import { openSecret, sealSecret } from "@/lib/auth/two-factor/secret-box";
import { groupForTyping, newTotpSecret, totpCode } from "@/lib/auth/two-factor/totp";
import { adminMessages } from "@/messages/admin";
import { asAnonymous, asStaff, closeTestDb, interruptOf, refusal, testDb } from "./support/staff-harness";

vi.mock("@/lib/auth/config", async () => (await import("./support/staff-harness")).authConfigMock());

afterAll(closeTestDb);

const db = () => testDb();
const unique = () => randomBytes(4).toString("hex");
const STEP = 30_000;
let ipCounter = 0;
const freshIp = () => `10.77.${++ipCounter}.${Math.floor(Math.random() * 250)}`;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** A user with a real password and, unless told otherwise, a confirmed second factor and recovery codes. */
async function makeUser(options: { role?: "admin" | "editor"; twoFactor?: boolean } = {}) {
  const password = `pw-${unique()}-long-enough`;
  const [user] = await db()
    .insert(staffUsers)
    .values({ email: `tf-${unique()}@int.test`, name: "Two Factor", role: options.role ?? "editor", passwordHash: await hashPassword(password) })
    .returning();
  const secret = newTotpSecret();
  const recoveryCodes = generateRecoveryCodes().slice(0, 3);
  if (options.twoFactor ?? true) {
    await db().insert(staffTwoFactor).values({ userId: user!.id, secretCiphertext: sealSecret(secret, user!.id), confirmedAt: new Date() });
    await db()
      .insert(staffRecoveryCodes)
      .values(await Promise.all(recoveryCodes.map(async (code) => ({ userId: user!.id, codeHash: await hashRecoveryCode(code) }))));
  }
  return { id: user!.id, email: user!.email, password, secret, recoveryCodes };
}

async function failuresOf(email: string): Promise<number> {
  return (await db().select().from(loginAttempts).where(and(eq(loginAttempts.email, email), eq(loginAttempts.success, false)))).length;
}

async function auditOf(userId: number, action: string) {
  return db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, "staff_user"), eq(auditLog.entityId, String(userId)), eq(auditLog.action, action)))
    .orderBy(desc(auditLog.id));
}

function challengeOf(outcome: SignInOutcome): string {
  expect(outcome.kind).toBe("needs-code");
  return (outcome as { challengeToken: string }).challengeToken;
}

describe("signing in with a second factor", () => {
  it("asks for a code after the right password, without counting that step as a failure or a success", async () => {
    const user = await makeUser();
    const ip = freshIp();
    const token = challengeOf(await attemptSignIn(db(), { email: user.email, password: user.password }, ip));
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(await db().select().from(loginAttempts).where(eq(loginAttempts.email, user.email.toLowerCase()))).toHaveLength(0);
    // The server keeps only the token's hash.
    const stored = await db().select().from(signInChallenges).where(eq(signInChallenges.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toBe(token);

    const done = await attemptSignIn(db(), { code: totpCode(user.secret), challengeToken: token }, ip);
    expect(done.kind).toBe("signed-in");
    expect(await db().select().from(signInChallenges).where(eq(signInChallenges.userId, user.id))).toHaveLength(0);
    const attempts = await db().select().from(loginAttempts).where(eq(loginAttempts.email, user.email.toLowerCase()));
    expect(attempts.map((a) => a.success)).toEqual([true]);
  });

  it("refuses the same code twice (replay), counting the refusal as a failure", async () => {
    const user = await makeUser();
    const ip = freshIp();
    const code = totpCode(user.secret);
    const first = challengeOf(await attemptSignIn(db(), { email: user.email, password: user.password }, ip));
    expect((await attemptSignIn(db(), { code, challengeToken: first }, ip)).kind).toBe("signed-in");
    const second = challengeOf(await attemptSignIn(db(), { email: user.email, password: user.password }, ip));
    expect((await attemptSignIn(db(), { code, challengeToken: second }, ip)).kind).toBe("wrong-code");
    expect(await failuresOf(user.email)).toBe(1);
    // The next step's code works (±1 step is accepted).
    expect((await attemptSignIn(db(), { code: totpCode(user.secret, Date.now() + STEP), challengeToken: second }, ip)).kind).toBe("signed-in");
  });

  it("counts wrong codes as failures and voids the challenge after a few", async () => {
    const user = await makeUser();
    const ip = freshIp();
    const token = challengeOf(await attemptSignIn(db(), { email: user.email, password: user.password }, ip));
    const wrong = totpCode(user.secret, Date.now() - 10 * STEP);
    for (let i = 1; i < MAX_CODES_PER_CHALLENGE; i++) expect((await attemptSignIn(db(), { code: wrong, challengeToken: token }, ip)).kind).toBe("wrong-code");
    expect((await attemptSignIn(db(), { code: wrong, challengeToken: token }, ip)).kind).toBe("challenge-over");
    expect(await failuresOf(user.email)).toBe(MAX_CODES_PER_CHALLENGE);
    // Even the right code no longer finishes it: the password must be typed again.
    expect((await attemptSignIn(db(), { code: totpCode(user.secret), challengeToken: token }, ip)).kind).toBe("challenge-over");
    expect((await attemptSignIn(db(), { code: totpCode(user.secret), challengeToken: randomBytes(32).toString("base64url") }, ip)).kind).toBe("challenge-over");
  });

  it("takes a recovery code once, in the audit log with how many are left", async () => {
    const user = await makeUser();
    const ip = freshIp();
    const token = challengeOf(await attemptSignIn(db(), { email: user.email, password: user.password }, ip));
    const used = user.recoveryCodes[1]!;
    expect(await attemptSignIn(db(), { code: used.toUpperCase(), challengeToken: token }, ip)).toMatchObject({ kind: "signed-in", recoveryCodesLeft: 2 });
    const [entry] = await auditOf(user.id, "two_factor.recovery_code_used");
    expect(entry).toMatchObject({ actorId: user.id, actorEmail: user.email, summary: { email: user.email, remaining: 2 } });

    const again = challengeOf(await attemptSignIn(db(), { email: user.email, password: user.password }, ip));
    expect((await attemptSignIn(db(), { code: used, challengeToken: again }, ip)).kind).toBe("wrong-code");
    expect(await auditOf(user.id, "two_factor.recovery_code_used")).toHaveLength(1);
  });

  it("signs in without a code for an account that has no second factor", async () => {
    const user = await makeUser({ twoFactor: false });
    expect((await attemptSignIn(db(), { email: user.email, password: user.password }, freshIp())).kind).toBe("signed-in");
  });

  it("is not kept out by another address's failures on the same email: password and code together pass the email lock", async () => {
    const user = await makeUser();
    const attacker = freshIp();
    for (let i = 0; i < 6; i++) await attemptSignIn(db(), { email: user.email, password: `wrong-${i}-password` }, attacker);
    const owner = freshIp();
    // The password alone is held back by the email's lock …
    expect((await attemptSignIn(db(), { email: user.email, password: user.password }, owner)).kind).toBe("throttled");
    // … but both factors from an address that is not itself throttled sign in.
    expect((await attemptSignIn(db(), { email: user.email, password: user.password, code: totpCode(user.secret) }, owner)).kind).toBe("signed-in");
    // The attacker's address stays throttled, with or without a code.
    expect((await attemptSignIn(db(), { email: user.email, password: "x", code: "123456" }, attacker)).kind).not.toBe("signed-in");
  });

  it("lets a code lift the email lock only for an account with a second factor, and only with both right", async () => {
    const plain = await makeUser({ twoFactor: false });
    const ip = freshIp();
    expect((await attemptSignIn(db(), { email: plain.email, password: plain.password, code: "123456" }, ip)).kind).toBe("refused");
    const user = await makeUser();
    expect((await attemptSignIn(db(), { email: user.email, password: "wrong-password-here", code: totpCode(user.secret) }, ip)).kind).toBe("refused");
    expect((await attemptSignIn(db(), { email: user.email, password: user.password, code: totpCode(user.secret, Date.now() - 5 * STEP) }, ip)).kind).toBe("refused");
    expect(await failuresOf(user.email)).toBe(2);
  });
});

describe("setting up a second factor from the account page", () => {
  it("starts, confirms with a first code, answers ten recovery codes once, all in the audit log", async () => {
    const editor = await asStaff("editor");
    let interrupt: string | null = null;
    try {
      await startTwoFactorSetup();
    } catch (error) {
      interrupt = interruptOf(error);
    }
    expect(interrupt).toBe(`redirect:${TWO_FACTOR_PAGE}`);
    const [row] = await db().select().from(staffTwoFactor).where(eq(staffTwoFactor.userId, editor.userId));
    expect(row!.confirmedAt).toBeNull();
    expect(row!.secretCiphertext).toMatch(/^v1\./);
    const secret = openSecret(row!.secretCiphertext, editor.userId)!;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    // A wrong code: refused on the field, still pending.
    const wrong = await confirmTwoFactor({}, form({ code: totpCode(secret, Date.now() - 5 * STEP) }));
    expect(wrong.errors?.code?.[0]).toContain("That code is not right");
    expect(wrong.recoveryCodes).toBeUndefined();
    expect(await db().select().from(staffRecoveryCodes).where(eq(staffRecoveryCodes.userId, editor.userId))).toHaveLength(0);

    const done = await confirmTwoFactor({}, form({ code: totpCode(secret) }));
    expect(done.recoveryCodes).toHaveLength(10);
    const stored = await db().select().from(staffRecoveryCodes).where(eq(staffRecoveryCodes.userId, editor.userId));
    expect(stored).toHaveLength(10);
    for (const code of done.recoveryCodes!) expect(stored.some((s) => s.codeHash.includes(code.replace("-", "")))).toBe(false);
    expect((await db().select().from(staffTwoFactor).where(eq(staffTwoFactor.userId, editor.userId)))[0]!.confirmedAt).not.toBeNull();
    expect(await auditOf(editor.userId, "two_factor.setup_started")).toHaveLength(1);
    expect((await auditOf(editor.userId, "two_factor.enabled"))[0]).toMatchObject({ actorId: editor.userId, summary: { recoveryCodes: 10 } });

    // Once on, a new set-up is refused rather than replacing the secret.
    expect((await startTwoFactorSetup()).message).toContain("already on");

    // New recovery codes need a code from the app (the confirming one is spent: the next step's).
    expect((await regenerateRecoveryCodes({}, form({ code: done.recoveryCodes![0]! }))).errors?.code).toBeDefined();
    const fresh = await regenerateRecoveryCodes({}, form({ code: totpCode(secret, Date.now() + STEP) }));
    expect(fresh.recoveryCodes).toHaveLength(10);
    expect(fresh.recoveryCodes).not.toEqual(done.recoveryCodes);
    expect(await auditOf(editor.userId, "two_factor.recovery_codes_replaced")).toHaveLength(1);

    // Turning off needs a code too; a recovery code from the new set does.
    expect((await disableTwoFactor({}, form({ code: "000000" }))).errors?.code?.[0]).toContain("still on");
    interrupt = null;
    try {
      await disableTwoFactor({}, form({ code: fresh.recoveryCodes![0]! }));
    } catch (error) {
      interrupt = interruptOf(error);
    }
    expect(interrupt).toBe(`redirect:${TWO_FACTOR_PAGE}?off=1`);
    expect(await db().select().from(staffTwoFactor).where(eq(staffTwoFactor.userId, editor.userId))).toHaveLength(0);
    expect(await db().select().from(staffRecoveryCodes).where(eq(staffRecoveryCodes.userId, editor.userId))).toHaveLength(0);
    expect(await auditOf(editor.userId, "two_factor.disabled")).toHaveLength(1);
  });

  it("refuses a signed-out caller every one of these actions, changing nothing", async () => {
    asAnonymous();
    const before = await db().select().from(staffTwoFactor);
    for (const call of [
      () => startTwoFactorSetup(),
      () => confirmTwoFactor({}, form({ code: "123456" })),
      () => regenerateRecoveryCodes({}, form({ code: "123456" })),
      () => disableTwoFactor({}, form({ code: "123456" })),
      () => resetUserTwoFactor({}, form({ userId: "1" })),
    ]) {
      expect(await refusal(call)).toBe("redirect:/admin/login");
    }
    expect(await db().select().from(staffTwoFactor)).toEqual(before);
  });
});

describe("admins must have a second factor", () => {
  it("sends an admin without one to set it up from every page and action but that page's own", async () => {
    const admin = await asStaff("admin", { twoFactor: false });
    let interrupt: string | null = null;
    try {
      await requireRole("editor");
    } catch (error) {
      interrupt = interruptOf(error);
    }
    expect(interrupt).toBe(`redirect:${TWO_FACTOR_PAGE}`);
    interrupt = null;
    try {
      await inviteUser({}, form({ email: `x-${unique()}@int.test`, name: "Nobody", role: "editor" }));
    } catch (error) {
      interrupt = interruptOf(error);
    }
    expect(interrupt).toBe(`redirect:${TWO_FACTOR_PAGE}`);
    expect((await requireRole("editor", { allowWithoutSecondFactor: true })).userId).toBe(admin.userId);
    try {
      await startTwoFactorSetup();
    } catch (error) {
      expect(interruptOf(error)).toBe(`redirect:${TWO_FACTOR_PAGE}`);
    }
    expect(await db().select().from(staffTwoFactor).where(eq(staffTwoFactor.userId, admin.userId))).toHaveLength(1);
  });

  it("lets an editor without one work as before", async () => {
    await asStaff("editor");
    expect((await requireRole("editor")).twoFactor).toBe(false);
  });
});

describe("an admin resets another user's second factor", () => {
  it("removes it with its recovery codes, ends the user's sessions, and logs it; editors are refused", async () => {
    const target = await makeUser();
    await createStaffSession(db(), { id: randomBytes(24).toString("base64url"), userId: target.id, sessionVersion: 1, expiresAt: new Date(Date.now() + 3_600_000), userAgent: null, ip: null });
    expect(await countSessionsOfUser(db(), target.id)).toBe(1);

    await asStaff("editor");
    expect(await refusal(() => resetUserTwoFactor({}, form({ userId: String(target.id) })))).toBe("http:403");
    expect(await db().select().from(staffTwoFactor).where(eq(staffTwoFactor.userId, target.id))).toHaveLength(1);

    const admin = await asStaff("admin");
    expect((await resetUserTwoFactor({}, form({ userId: String(admin.userId) }))).message).toContain("My account");
    const done = await resetUserTwoFactor({}, form({ userId: String(target.id) }));
    expect(done.notice).toContain(target.email);
    expect(await db().select().from(staffTwoFactor).where(eq(staffTwoFactor.userId, target.id))).toHaveLength(0);
    expect(await db().select().from(staffRecoveryCodes).where(inArray(staffRecoveryCodes.userId, [target.id]))).toHaveLength(0);
    expect(await countSessionsOfUser(db(), target.id)).toBe(0);
    expect((await auditOf(target.id, "two_factor.reset"))[0]).toMatchObject({ actorId: admin.userId, summary: { email: target.email } });
    // Nothing left to reset: a clear message.
    expect((await resetUserTwoFactor({}, form({ userId: String(target.id) }))).message).toContain("has no two-factor sign-in");
    // The user now signs in with the password alone.
    expect((await attemptSignIn(db(), { email: target.email, password: target.password }, freshIp())).kind).toBe("signed-in");
  });
});

describe("the pages", () => {
  it("show the set-up's QR code (an SVG made on the server) and its secret as grouped text", async () => {
    const editor = await asStaff("editor");
    const secret = newTotpSecret();
    await db().insert(staffTwoFactor).values({ userId: editor.userId, secretCiphertext: sealSecret(secret, editor.userId) });
    // The form kit's words come from the admin messages, as AdminIntlProvider gives them on a real page.
    const page = await TwoFactorPage({ searchParams: Promise.resolve({}) });
    // A .ts file (no JSX), and the provider's props type requires `children`, so it is passed as a prop.
    // eslint-disable-next-line react/no-children-prop
    const html = renderToStaticMarkup(createElement(NextIntlClientProvider, { locale: "en", messages: adminMessages.en, timeZone: "Europe/Moscow", children: page }));
    expect(html).toContain('src="data:image/svg+xml;base64,');
    expect(html).toContain('alt="QR code holding your two-factor secret"');
    expect(html).toContain(groupForTyping(secret));
    expect(html).toContain(`otpauth://totp/Podium:${encodeURIComponent(editor.email)}?`);
  });

  it("list each user's second factor for admins, marking the admins who lack it", async () => {
    const without = await makeUser({ role: "admin", twoFactor: false });
    // Disabled at once: a second enabled admin is of no use to the other tests.
    await db().update(staffUsers).set({ disabledAt: new Date() }).where(eq(staffUsers.id, without.id));
    const withIt = await makeUser();
    await asStaff("admin");
    const html = renderToStaticMarkup(await AdminUsersPage());
    const rowOf = (email: string) => html.split("<tr>").find((row) => row.includes(email)) ?? "";
    expect(rowOf(without.email)).toContain("<td>Off (required)</td>");
    expect(rowOf(withIt.email)).toContain("<td>On</td>");
  });
});
