// next-auth (v5) with a credentials provider over staff_users. The signed
// cookie carries only the id of a staff_sessions row; lib/auth/dal.ts checks
// that row on every admin request, so sign-out, disabling a user or changing a
// password ends sessions at once. An account with a second factor signs in in
// two steps (password, then a code): lib/auth/sign-in.ts decides each attempt.
import { randomBytes } from "node:crypto";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db";
import { createStaffSession, deleteStaffSession } from "@/db/queries/staff-sessions";
import { clientIp, userAgent } from "./client-info";
import { attemptSignIn } from "./sign-in";
import { clearChallengeCookie, readChallengeToken, setChallengeCookie } from "./two-factor/challenge-cookie";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

// Every field optional: an attempt is email + password, a code against the
// challenge cookie, or all three (lib/auth/sign-in.ts).
const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).optional(),
  password: z.string().max(1024).optional(),
  code: z.string().trim().max(64).optional(),
});

/** Thrown by authorize() when the email or IP has too many recent failures; the code carries the wait in seconds. */
export class ThrottledSignIn extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `throttled:${retryAfterSeconds}`;
  }
}

/** The sign-in did not fail but is not done: "second-factor" (asks for a code), "wrong-code", "challenge-over". */
class UnfinishedSignIn extends CredentialsSignin {
  constructor(code: "second-factor" | "wrong-code" | "challenge-over") {
    super();
    this.code = code;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/admin/login", error: "/admin/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" }, code: { label: "Code" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const db = await getDb();
        const ip = clientIp(request.headers);
        const outcome = await attemptSignIn(db, { ...parsed.data, challengeToken: await readChallengeToken() }, ip);
        switch (outcome.kind) {
          case "throttled":
            throw new ThrottledSignIn(outcome.retryAfterSeconds);
          case "needs-code":
            await setChallengeCookie(outcome.challengeToken);
            throw new UnfinishedSignIn("second-factor");
          case "wrong-code":
            throw new UnfinishedSignIn("wrong-code");
          case "challenge-over":
            await clearChallengeCookie();
            throw new UnfinishedSignIn("challenge-over");
          case "refused":
            return null;
        }
        await clearChallengeCookie();
        const { user } = outcome;
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
