import "server-only";
// Step 1 of the write path (lib/admin/write-action.ts) in a route handler: a
// staff session of the role, checked against the database, and a request from
// this site. A refused request's body is never read (it is cancelled), so a
// large upload from someone who may not make it costs nothing.
import type { LiveSession } from "@/db/queries/staff";
import { authorizeRequest } from "@/lib/auth/dal";

/** A staff session of `role` and a same-origin request, or the 401/403 to answer (the body is not read). */
export async function authorizeWriteRequest(request: Request, role: "editor" | "admin"): Promise<{ session: LiveSession } | { response: Response }> {
  let auth: Awaited<ReturnType<typeof authorizeRequest>>;
  try {
    auth = await authorizeRequest(role);
  } catch (error) {
    // The session is checked against the database: when it does not answer, say so rather than a bare 500.
    console.error("route session check failed:", error);
    await request.body?.cancel().catch(() => undefined);
    const error503 = "The database did not answer, so nothing was changed. Try again in a moment.";
    return { response: Response.json({ ok: false, code: "database", error: error503 }, { status: 503 }) };
  }
  if ("response" in auth) {
    await request.body?.cancel().catch(() => undefined);
    return auth;
  }
  // Cookies are SameSite=Lax already; a form posted from another site is refused here as well.
  if (!sameOrigin(request)) {
    await request.body?.cancel().catch(() => undefined);
    return { response: Response.json({ error: "This upload came from another site." }, { status: 403 }) };
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
