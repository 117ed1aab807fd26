import "server-only";
// The one place admin code asks "who is this, and may they?". Every admin
// page, server action and route handler calls it itself: proxy.ts and layouts
// are conveniences, never the check.
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import type { LiveSession, StaffRole } from "@/db/queries/staff";
import { getLiveSession, touchStaffSession } from "@/db/queries/staff-sessions";
import { getStaffOverview } from "@/db/queries/staff-users";
import { auth } from "./config";

const TOUCH_EVERY_MS = 5 * 60_000;

/** The signed-in staff member, if their session row is live; null otherwise. Memoised per request. */
export const getSession = cache(async (): Promise<LiveSession | null> => {
  let sid: unknown;
  try {
    sid = ((await auth()) as { sid?: unknown } | null)?.sid;
  } catch {
    return null; // a tampered or foreign cookie is just "not signed in"
  }
  if (typeof sid !== "string" || sid.length === 0) return null;
  const db = await getDb();
  const session = await getLiveSession(db, sid);
  if (session && Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await touchStaffSession(db, sid);
  return session;
});

export function hasRole(session: LiveSession, role: StaffRole): boolean {
  return role === "editor" || session.role === "admin";
}

/**
 * Someone signed in with a temporary password an admin gave out may do nothing
 * but choose their own. The session is memoised per request, so right after the
 * change (whose redirect renders in the same request) it still says "must
 * change": only then is the user row read again.
 */
export const mustStillChangePassword = cache(async (session: LiveSession): Promise<boolean> => {
  if (!session.mustChangePassword) return false;
  const user = await getStaffOverview(await getDb(), session.userId);
  return user?.mustChangePassword ?? true;
});

type RoleOptions = {
  /** Only for the shell that shows the "choose your own password" form, and that form's action. */
  allowTemporaryPassword?: boolean;
  /** Only for the shell, the two-factor set-up page and its actions: an admin without a second factor may use nothing else. */
  allowWithoutSecondFactor?: boolean;
};

/** Where an admin without a second factor is sent, and where anyone sets one up. */
export const TWO_FACTOR_PAGE = "/admin/account/two-factor";

/** Admins must sign in with a second factor; editors may. */
export function lacksRequiredSecondFactor(session: LiveSession): boolean {
  return session.role === "admin" && !session.twoFactor;
}

/**
 * For pages and server actions: redirects to sign-in when signed out, answers
 * 403 when the role is too low or the password is still a temporary one, and
 * sends an admin without a second factor to set one up.
 */
export async function requireRole(role: StaffRole, options: RoleOptions = {}): Promise<LiveSession> {
  const session = await getSession();
  if (!session) redirect("/admin/login");
  if (!hasRole(session, role)) forbidden();
  const temporaryPassword = await mustStillChangePassword(session);
  if (temporaryPassword && !options.allowTemporaryPassword) forbidden();
  // The password comes first: someone still on a temporary one is not sent on to the second factor yet.
  if (!temporaryPassword && !options.allowWithoutSecondFactor && lacksRequiredSecondFactor(session)) redirect(TWO_FACTOR_PAGE);
  return session;
}

/** Why a route handler's request is refused: signed out answers 401, the others 403. */
export type RequestRefusal = "signedOut" | "role" | "temporaryPassword" | "secondFactor";

/**
 * For route handlers: the session, or why not. The answer (status and words in
 * the reader's language) is made by lib/admin/route-session.ts, which may read
 * the admin's messages; this module may not (lib/i18n/admin-text.ts imports it).
 */
export async function authorizeRequest(role: StaffRole): Promise<{ session: LiveSession } | { refused: RequestRefusal }> {
  const session = await getSession();
  if (!session) return { refused: "signedOut" };
  if (!hasRole(session, role)) return { refused: "role" };
  if (await mustStillChangePassword(session)) return { refused: "temporaryPassword" };
  if (lacksRequiredSecondFactor(session)) return { refused: "secondFactor" };
  return { session };
}
