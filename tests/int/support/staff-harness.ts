// Runs admin server actions and route handlers in Vitest against the real test
// database, as a chosen caller. Only next-auth's cookie reading (auth()) is
// replaced: each test file must declare, at its top,
//
//   vi.mock("@/lib/auth/config", async () => (await import("./support/staff-harness")).authConfigMock());
//
// and then call asAnonymous() / asStaff("editor") before invoking an action.
// requireRole(), the session row look-up and everything after run for real.
import { randomBytes } from "node:crypto";
import { inject, vi } from "vitest";
import { createDb, type Database } from "@/db/client";
import type { StaffRole } from "@/db/queries/staff";
import { createStaffSession } from "@/db/queries/staff-sessions";
import { upsertStaffUser } from "@/db/queries/staff-users";
import { staffTwoFactor } from "@/db/schema";
import { sealSecret } from "@/lib/auth/two-factor/secret-box";
import { newTotpSecret } from "@/lib/auth/two-factor/totp";

// getDb() (db/index.ts) reads DATABASE_URL on first use: point it at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");
// Seals two-factor secrets (lib/auth/two-factor/secret-box.ts); the server's comes from the environment.
process.env.AUTH_SECRET ??= "int-test-only-secret-0123456789abcdef";
// next.config.ts enables experimental.authInterrupts (forbidden()); Next passes that to its code through this variable.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

let current: { sid: string } | null = null;

export function authConfigMock() {
  return {
    auth: vi.fn(async () => current),
    signIn: vi.fn(async () => "/admin"),
    signOut: vi.fn(async () => undefined),
    handlers: { GET: vi.fn(), POST: vi.fn() },
  };
}

let shared: { db: Database; close: () => Promise<void> } | undefined;

/** A pool on the test database, for arranging data and checking it is unchanged. */
export function testDb(): Database {
  if (!shared) {
    const { db, pool } = createDb(inject("databaseUrl"), { max: 2 });
    shared = { db, close: () => pool.end() };
  }
  return shared.db;
}

export async function closeTestDb(): Promise<void> {
  await shared?.close();
  shared = undefined;
}

export function asAnonymous(): void {
  current = null;
}

/**
 * Signs in a fresh staff user of that role (a real user and session row). Admins
 * get a confirmed second factor unless `twoFactor: false` (without one, every admin
 * page and action sends them to set it up).
 */
export async function asStaff(role: StaffRole, options: { twoFactor?: boolean } = {}): Promise<{ userId: number; email: string; sid: string }> {
  const db = testDb();
  const email = `${role}-${randomBytes(4).toString("hex")}@int.test`;
  const { user } = await upsertStaffUser(db, { email, name: `Int ${role}`, role, passwordHash: "not-a-real-hash" });
  if (options.twoFactor ?? role === "admin") {
    await db.insert(staffTwoFactor).values({ userId: user.id, secretCiphertext: sealSecret(newTotpSecret(), user.id), confirmedAt: new Date() });
  }
  const sid = randomBytes(24).toString("base64url");
  await createStaffSession(db, { id: sid, userId: user.id, sessionVersion: user.sessionVersion, expiresAt: new Date(Date.now() + 3_600_000), userAgent: null, ip: null });
  current = { sid };
  return { userId: user.id, email, sid };
}

/** What Next's redirect()/forbidden() throw, as "redirect:/path" or "http:403". */
export function interruptOf(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string") return null;
  if (digest.startsWith("NEXT_REDIRECT")) return `redirect:${digest.split(";")[2]}`;
  if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK")) return `http:${digest.split(";")[1]}`;
  return null;
}

/** Asserts that calling `action` is refused: a redirect to sign-in, a 403, or a 401/403 Response. */
export async function refusal(action: () => Promise<unknown>): Promise<string> {
  try {
    const result = await action();
    if (result instanceof Response && (result.status === 401 || result.status === 403)) return `status:${result.status}`;
    throw new Error(`not refused; returned ${JSON.stringify(result instanceof Response ? result.status : result)}`);
  } catch (error) {
    const interrupt = interruptOf(error);
    if (interrupt === "redirect:/admin/login" || interrupt === "http:403") return interrupt;
    throw error;
  }
}
