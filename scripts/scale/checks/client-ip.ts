// h. The client IP used for sign-in throttling and the audit log: straight to
// an instance, a client's own X-Forwarded-For / X-Real-IP change nothing (the
// socket address counts); through nginx (a trusted proxy) the address nginx
// saw. Each failing sign-in is read back from login_attempts.
import { randomBytes } from "node:crypto";
import { EDGE, type Context } from "../context";
import { failSignIn } from "../sign-in";
import { check } from "../report";

const FORGED = { "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.6" };

export async function checkClientIp(ctx: Context): Promise<void> {
  const cases = [
    { name: "straight to A from 127.0.0.3 with forged X-Forwarded-For/X-Real-IP", base: ctx.a.url, from: "127.0.0.3" },
    { name: "straight to B from 127.0.0.5 with forged X-Forwarded-For/X-Real-IP", base: ctx.b.url, from: "127.0.0.5" },
    { name: "through nginx from 127.0.0.4 with forged X-Forwarded-For/X-Real-IP", base: EDGE, from: "127.0.0.4" },
  ];
  for (const c of cases) {
    const email = `scale-ip-${randomBytes(4).toString("hex")}@scale.test`;
    const answer = await failSignIn(c.base, email, { localAddress: c.from, headers: FORGED });
    const ips = await ctx.db.loginIps(email);
    check(
      `h: ${c.name}: recorded as ${c.from}`,
      answer.refused && ips.length === 1 && ips[0] === c.from,
      `sign-in answered ${answer.status}${answer.refused ? " (wrong password)" : " (no refusal shown)"}, login_attempts.ip = ${JSON.stringify(ips)}`,
    );
  }
}
