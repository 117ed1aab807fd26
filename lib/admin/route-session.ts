import "server-only";
// Step 1 of the write path (lib/admin/write-action.ts) in a route handler: a
// staff session of the role, checked against the database, and a request from
// this site. A refused request's body is never read (it is cancelled), so a
// large upload from someone who may not make it costs nothing.
import { createTranslator } from "next-intl";
import type { LiveSession } from "@/db/queries/staff";
import { authorizeRequest, TWO_FACTOR_PAGE } from "@/lib/auth/dal";
import { ADMIN_LANGUAGE_COOKIE, pickAdminLanguage } from "@/lib/i18n/admin-language";
import { adminMessages } from "@/messages/admin";

/**
 * The words of a refused request (messages/admin/<locale>/uploads.json, `route`),
 * in the language of the browser's last choice or its Accept-Language: not the
 * account's, which needs the database, and these answers include the one for a
 * database that did not answer (the cookie follows the account's choice anyway).
 * Read from the request itself, as everything else here is.
 */
function refusalWords(request: Request) {
  const locale = pickAdminLanguage(cookieOf(request, ADMIN_LANGUAGE_COOKIE), request.headers.get("accept-language"));
  return createTranslator({ locale, messages: adminMessages[locale], namespace: "uploads.route" });
}

/** A staff session of `role` and a same-origin request, or the 401/403 to answer (the body is not read). */
export async function authorizeWriteRequest(request: Request, role: "editor" | "admin"): Promise<{ session: LiveSession } | { response: Response }> {
  let auth: Awaited<ReturnType<typeof authorizeRequest>>;
  try {
    auth = await authorizeRequest(role);
  } catch (error) {
    // The session is checked against the database: when it does not answer, say so rather than a bare 500.
    console.error("route session check failed:", error);
    await request.body?.cancel().catch(() => undefined);
    const t = refusalWords(request);
    return { response: Response.json({ ok: false, code: "database", error: t("databaseDown") }, { status: 503 }) };
  }
  if ("refused" in auth) {
    await request.body?.cancel().catch(() => undefined);
    const t = refusalWords(request);
    return { response: Response.json({ error: t(auth.refused, { page: TWO_FACTOR_PAGE }) }, { status: auth.refused === "signedOut" ? 401 : 403 }) };
  }
  // Cookies are SameSite=Lax already; a form posted from another site is refused here as well.
  if (!sameOrigin(request)) {
    await request.body?.cancel().catch(() => undefined);
    const t = refusalWords(request);
    return { response: Response.json({ error: t("crossSite") }, { status: 403 }) };
  }
  return auth;
}

function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true; // not sent by a browser, or a same-origin request of an old one
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function cookieOf(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}
