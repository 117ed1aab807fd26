import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { clientIp } from "@/lib/auth/client-info";
import { handlers } from "@/lib/auth/config";
import { checkSignInThrottle, retryAfterMinutes } from "@/lib/auth/throttle";

export const GET = handlers.GET;

/** Sign-in over the API answers 429 with Retry-After while the email or IP is throttled. */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const email = String(form?.get("email") ?? "").trim().toLowerCase().slice(0, 254);
    // An attempt carrying a code proves the second factor: only its address is throttled (lib/auth/throttle.ts).
    const emailLock = !form?.get("code");
    const verdict = await checkSignInThrottle(await getDb(), email, clientIp(request.headers), new Date(), { emailLock });
    if (!verdict.allowed) {
      const minutes = retryAfterMinutes(verdict.retryAfterSeconds);
      return Response.json(
        { error: `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.` },
        { status: 429, headers: { "Retry-After": String(verdict.retryAfterSeconds) } },
      );
    }
  }
  return handlers.POST(request);
}
