// The escalating sign-in throttle (lib/auth/throttle.ts) against real attempt rows:
// free failures, a doubling wait capped at an hour, a reset on success, the lock
// taken before the password check (parallel attempts), and npm run user:unlock's
// query.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, describe, expect, inject, it } from "vitest";
import { eq } from "drizzle-orm";
import { createDb } from "@/db/client";
import { clearFailures, pruneAttempts } from "@/db/queries/login-attempts";
import { auditLog, loginAttempts } from "@/db/schema";
import { admitSignInAttempt, checkSignInThrottle, FIRST_WAIT_MS, MAX_WAIT_MS, settleSignInAttempt, waitAfter } from "@/lib/auth/throttle";

const { db, pool } = createDb(inject("databaseUrl"), { max: 25 });
afterAll(() => pool.end());

const minute = 60_000;
let n = 0;
const fresh = () => {
  n += 1;
  return { email: `throttle-${Date.now()}-${n}@int.test`, ip: `10.9.${n}.${Math.floor(Math.random() * 250)}` };
};

async function fail(email: string, ip: string, at: Date, times = 1): Promise<void> {
  await db.insert(loginAttempts).values(Array.from({ length: times }, () => ({ email, ip, success: false, at })));
}

describe("the wait", () => {
  it("is nothing for the free failures, then doubles from a minute, capped at an hour", () => {
    expect(waitAfter(4, 5)).toBe(0);
    expect([5, 6, 7, 8].map((f) => waitAfter(f, 5) / minute)).toEqual([1, 2, 4, 8]);
    expect(waitAfter(11, 5)).toBe(MAX_WAIT_MS);
    expect(waitAfter(500, 5)).toBe(MAX_WAIT_MS);
    expect(FIRST_WAIT_MS).toBe(minute);
  });
});

describe("checkSignInThrottle on stored attempts", () => {
  it("lets four failures pass, then makes the fifth wait a minute, the sixth two, the seventh four", async () => {
    const { email, ip } = fresh();
    const t0 = new Date(Date.now() - 10 * minute);
    await fail(email, ip, t0, 4);
    expect(await checkSignInThrottle(db, email, ip, t0)).toEqual({ allowed: true });

    await fail(email, ip, t0);
    expect(await checkSignInThrottle(db, email, ip, new Date(t0.getTime() + 1000))).toEqual({ allowed: false, retryAfterSeconds: 59 });
    expect(await checkSignInThrottle(db, email, ip, new Date(t0.getTime() + minute))).toEqual({ allowed: true });

    const t1 = new Date(t0.getTime() + minute);
    await fail(email, ip, t1);
    expect(await checkSignInThrottle(db, email, ip, t1)).toEqual({ allowed: false, retryAfterSeconds: 120 });

    const t2 = new Date(t1.getTime() + 2 * minute);
    await fail(email, ip, t2);
    expect(await checkSignInThrottle(db, email, ip, t2)).toEqual({ allowed: false, retryAfterSeconds: 240 });
  });

  it("counts per email across addresses, and per address across emails (twenty free)", async () => {
    const { email } = fresh();
    const now = new Date();
    for (let i = 0; i < 5; i++) await fail(email, `10.8.0.${i}`, now);
    expect((await checkSignInThrottle(db, email, "10.8.1.1", now)).allowed).toBe(false);

    const { ip } = fresh();
    for (let i = 0; i < 19; i++) await fail(`spray-${n}-${i}@int.test`, ip, now);
    expect((await checkSignInThrottle(db, `someone-else-${n}@int.test`, ip, now)).allowed).toBe(true);
    await fail(`spray-${n}-last@int.test`, ip, now);
    expect(await checkSignInThrottle(db, `someone-else-${n}@int.test`, ip, now)).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it("starts the count again after a successful sign-in, and forgets failures older than a day", async () => {
    const { email, ip } = fresh();
    const now = new Date();
    await fail(email, ip, new Date(now.getTime() - 3 * minute), 5);
    await db.insert(loginAttempts).values({ email, ip, success: true, at: new Date(now.getTime() - 2 * minute) });
    await fail(email, ip, new Date(now.getTime() - minute), 4);
    expect(await checkSignInThrottle(db, email, ip, now)).toEqual({ allowed: true });

    const old = fresh();
    await fail(old.email, old.ip, new Date(now.getTime() - 25 * 60 * minute), 30);
    expect(await checkSignInThrottle(db, old.email, old.ip, now)).toEqual({ allowed: true });
  });
});

describe("admitSignInAttempt", () => {
  it("records the attempt before the password is checked: of twenty parallel attempts after four failures, one goes through", async () => {
    const { email, ip } = fresh();
    await fail(email, ip, new Date(), 4);
    const admissions = await Promise.all(Array.from({ length: 20 }, () => admitSignInAttempt(db, email, ip)));
    const admitted = admissions.filter((a) => a.allowed);
    expect(admitted).toHaveLength(1);
    expect(admissions.filter((a) => !a.allowed).every((a) => !a.allowed && a.retryAfterSeconds > 50)).toBe(true);
    const pending = await db.select().from(loginAttempts).where(eq(loginAttempts.email, email));
    expect(pending.filter((r) => r.success === null)).toHaveLength(1);

    const admission = admitted[0]!;
    if (!admission.allowed) throw new Error("unreachable");
    await settleSignInAttempt(db, admission.attemptId, true);
    const [settled] = await db.select().from(loginAttempts).where(eq(loginAttempts.id, admission.attemptId));
    expect(settled?.success).toBe(true);
    // The success resets the email's count.
    expect(await checkSignInThrottle(db, email, ip)).toEqual({ allowed: true });
  });
});

describe("unlocking and pruning", () => {
  it("clearFailures lets the locked email in at once and keeps its successes", async () => {
    const { email, ip } = fresh();
    await db.insert(loginAttempts).values({ email, ip, success: true, at: new Date(Date.now() - 60 * minute) });
    await fail(email, ip, new Date(), 12);
    expect((await checkSignInThrottle(db, email, ip)).allowed).toBe(false);
    expect(await clearFailures(db, { email, ip })).toBe(12);
    expect(await checkSignInThrottle(db, email, ip)).toEqual({ allowed: true });
    expect(await db.select().from(loginAttempts).where(eq(loginAttempts.email, email))).toHaveLength(1);
  });

  it("npm run user:unlock clears an email's lock and writes the audit log; a bad address is refused", async () => {
    const { email, ip } = fresh();
    await fail(email, ip, new Date(), 7);
    const run = promisify(execFile);
    const env = { ...process.env, DATABASE_URL: inject("databaseUrl") };
    const { stdout } = await run("npx", ["tsx", "scripts/user-unlock.ts", "--email", email.toUpperCase()], { env });
    expect(stdout).toContain(`Cleared 7 failed sign-ins for ${email}`);
    expect(await checkSignInThrottle(db, email, ip)).toEqual({ allowed: true });
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, "unlock"));
    expect(audit.some((row) => (row.summary as { email?: string }).email === email)).toBe(true);

    await expect(run("npx", ["tsx", "scripts/user-unlock.ts", "--email", "not-an-email"], { env })).rejects.toMatchObject({ code: 2 });
  }, 60_000);

  it("pruneAttempts drops attempts older than the given time only", async () => {
    const { email, ip } = fresh();
    await fail(email, ip, new Date(Date.now() - 40 * 24 * 60 * minute), 3);
    await fail(email, ip, new Date(), 1);
    expect(await pruneAttempts(db, new Date(Date.now() - 30 * 24 * 60 * minute))).toBeGreaterThanOrEqual(3);
    expect(await db.select().from(loginAttempts).where(eq(loginAttempts.email, email))).toHaveLength(1);
  });
});

describe("the daily maintenance", () => {
  it("prunes attempts older than 30 days through the app's own pool", async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    const { runMaintenance, ATTEMPTS_KEPT_DAYS } = await import("@/lib/maintenance");
    const { email, ip } = fresh();
    await fail(email, ip, new Date(Date.now() - (ATTEMPTS_KEPT_DAYS + 1) * 24 * 60 * minute), 2);
    await fail(email, ip, new Date(Date.now() - (ATTEMPTS_KEPT_DAYS - 1) * 24 * 60 * minute), 1);
    const { attemptsPruned } = await runMaintenance();
    expect(attemptsPruned).toBeGreaterThanOrEqual(2);
    expect(await db.select().from(loginAttempts).where(eq(loginAttempts.email, email))).toHaveLength(1);
  });
});
