// What a staff member is to the rest of the app, shared by sign-in
// (staff-sessions.ts), staff management (staff-users.ts) and the lib/,
// components/ and app/ code that shows or checks them. Types only: the
// queries live in those two modules.
import type { StaffUser } from "../schema";

export type StaffRole = "admin" | "editor";

/** The signed-in staff member, as every admin request sees them (lib/auth/dal.ts). */
export type LiveSession = {
  sessionId: string;
  userId: number;
  email: string;
  name: string;
  role: StaffRole;
  mustChangePassword: boolean;
  /** A confirmed second factor (TOTP): admins without one are sent to set it up (lib/auth/dal.ts). */
  twoFactor: boolean;
  /** The staff area's language the user chose; null: not chosen (lib/i18n/admin-text.ts). */
  adminLanguage: "en" | "ru" | null;
  lastSeenAt: Date;
};

/** What the users page shows: never the password hash. */
export type StaffOverview = Pick<
  StaffUser,
  "id" | "email" | "name" | "role" | "mustChangePassword" | "disabledAt" | "lastLoginAt" | "createdAt"
>;
