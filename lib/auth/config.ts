// next-auth (v5) with a credentials provider over staff_users. The signed
// cookie carries only the id of a staff_sessions row; lib/auth/dal.ts checks
// that row on every admin request, so sign-out, disabling a user or changing a
// password ends sessions at once.
import { randomBytes } from "node:crypto";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db";
import { createStaffSession, deleteStaffSession, getStaffUserByEmail } from "@/db/queries/staff-sessions";
import { clientIp, userAgent } from "./client-info";
import { verifyPassword } from "./passwords";
import { admitSignInAttempt, settleSignInAttempt } from "./throttle";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(1024),
});

/** Thrown by authorize() when the email or IP has too many recent failures; the code carries the wait in seconds. */
export class ThrottledSignIn extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `throttled:${retryAfterSeconds}`;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/admin/login", error: "/admin/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const db = await getDb();
        const ip = clientIp(request.headers);

        // Counted before the password is checked (as pending), so parallel attempts cannot all pass.
        const admission = await admitSignInAttempt(db, email, ip);
        if (!admission.allowed) throw new ThrottledSignIn(admission.retryAfterSeconds);

        const user = await getStaffUserByEmail(db, email);
        // Always verify (against a dummy hash for unknown emails), so timing does not tell which part was wrong.
        const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
        if (!user || !passwordOk || user.disabledAt) {
          await settleSignInAttempt(db, admission.attemptId, false);
          return null;
        }
        await settleSignInAttempt(db, admission.attemptId, true);
        const sessionId = randomBytes(32).toString("base64url");
        await createStaffSession(db, {
          id: sessionId,
          userId: user.id,
          sessionVersion: user.sessionVersion,
          expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
          userAgent: userAgent(request.headers),
          ip,
        });
        return { id: String(user.id), email: user.email, name: user.name, sid: sessionId } as { id: string; sid: string };
      },
    }),
  ],
  events: {
    // Auth.js's own POST /api/auth/signout only clears the cookie: end the session
    // row too, so a copy of the cookie stops working (as signOutAction does).
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string" && sid.length > 0) await deleteStaffSession(await getDb(), sid);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      const sid = (user as { sid?: string } | undefined)?.sid;
      if (sid) token.sid = sid;
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
});
