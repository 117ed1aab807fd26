import "server-only";
// The parts every image-upload route handler shares (partner logos, news
// covers): who may call it, reading the multipart body within its limit, and
// answering both script callers (JSON with a real status) and plain form
// posts (a 303 back to the edit page, so uploads work without JavaScript).
// A route handler rather than a server action so that the browser can report
// upload progress (XMLHttpRequest) and the body size is limited before it is read.
import type { LiveSession } from "@/db/queries/staff";
import { authorizeRequest } from "@/lib/auth/dal";
import { formFromMultipart, readBodyWithLimit } from "./request-body";
import { UPLOAD_MAX_REQUEST_BYTES, type UploadErrorCode } from "./prepare-image";

/** Codes a route adds to the image's own: the body was no form, or the database did not answer. */
export type RouteFailure = UploadErrorCode | "database" | "malformed";

export const uploadFailureStatus: Record<RouteFailure, number> = {
  missing: 400,
  empty: 400,
  malformed: 400,
  "too-large": 413,
  "unsupported-type": 415,
  "too-many-pixels": 422,
  "unsafe-svg": 422,
  undecodable: 422,
  database: 503,
};

export const routeFailureMessages: Record<"database" | "malformed", (noun: string) => string> = {
  database: (noun) => `The ${noun} could not be saved because the database did not answer. Nothing was changed: try again in a moment.`,
  malformed: () => "The upload did not arrive as a file. Choose the file again and upload it.",
};

/** A staff session of `role` and a same-origin request, or the 401/403 to answer (the body is not read). */
export async function authorizeUpload(request: Request, role: "editor" | "admin"): Promise<{ session: LiveSession } | { response: Response }> {
  let auth: Awaited<ReturnType<typeof authorizeRequest>>;
  try {
    auth = await authorizeRequest(role);
  } catch (error) {
    // The session is checked against the database: when it does not answer, say so rather than a bare 500.
    console.error("upload session check failed:", error);
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

export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true; // not sent by a browser, or a same-origin request of an old one
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** 404 for a record that is not (or no longer) there; the body is not read. */
export async function goneResponse(request: Request, error: string): Promise<Response> {
  await request.body?.cancel().catch(() => undefined);
  return Response.json({ error }, { status: 404 });
}

/** The multipart form of the request, read within the upload limit, or the failure code. */
export async function readUploadForm(request: Request): Promise<{ ok: true; form: FormData } | { ok: false; code: RouteFailure }> {
  const body = await readBodyWithLimit(request, UPLOAD_MAX_REQUEST_BYTES);
  if (!body.ok) return { ok: false, code: body.reason === "too-large" ? "too-large" : "missing" };
  const form = await formFromMultipart(body.bytes, request.headers.get("content-type"));
  return form === "malformed" ? { ok: false, code: "malformed" } : { ok: true, form };
}

export type UploadAnswer<Code extends string> =
  | { ok: true; notice: string; body: Record<string, unknown> }
  | { ok: false; code: Code; status: number; error: string };

/**
 * JSON to script callers (Accept: application/json); otherwise a 303 back to
 * `page` with `?<param>=<notice>` or `?<param>Error=<code>` and `#<param>`
 * (303, so a reload does not post the file again).
 */
export function answerUpload<Code extends string>(request: Request, answer: UploadAnswer<Code>, back: { page: string; param: string }): Response {
  if ((request.headers.get("accept") ?? "").includes("application/json")) {
    return answer.ok
      ? Response.json({ ok: true, ...answer.body })
      : Response.json({ ok: false, code: answer.code, error: answer.error }, { status: answer.status });
  }
  const query = answer.ok ? `${back.param}=${answer.notice}` : `${back.param}Error=${answer.code}`;
  return new Response(null, { status: 303, headers: { Location: `${back.page}?${query}#${back.param}` } });
}
