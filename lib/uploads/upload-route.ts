import "server-only";
// The parts every image-upload route handler shares (partner logos, news
// covers, people's photos): reading the multipart body within its limit, the
// image as zod parses it, and
// answering both script callers (JSON with a real status) and plain form
// posts (a 303 back to the edit page, so uploads work without JavaScript).
// A route handler rather than a server action so that the browser can report
// upload progress (XMLHttpRequest) and the body size is limited before it is read.
import { z } from "zod";
import { formFromMultipart, readBodyWithLimit } from "./request-body";
import { UPLOAD_MAX_REQUEST_BYTES, UploadError, type PreparedUpload, type UploadErrorCode } from "./prepare-image";

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

/** 404 for a record that is not (or no longer) there (`error`: lib/uploads/failure-text.ts uploadGoneText); the body is not read. */
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

/**
 * An uploaded file as zod parses it (async: the image is decoded and encoded
 * again by `prepare`). A refused image is an issue whose message is its code
 * (failureCodeOf reads it back); no file at all is "missing" unless `optional`,
 * when it parses to null.
 */
export function imageField<Optional extends boolean = false>(
  prepare: (bytes: Buffer) => Promise<PreparedUpload>,
  { optional }: { optional?: Optional } = {},
): z.ZodType<Optional extends true ? PreparedUpload | null : PreparedUpload, Buffer | null> {
  const field = z
    .instanceof(Buffer)
    .nullable()
    .transform(async (bytes, ctx): Promise<PreparedUpload | null> => {
      if (bytes === null) {
        if (optional) return null;
        ctx.addIssue({ code: "custom", message: "missing" satisfies UploadErrorCode });
        return z.NEVER;
      }
      try {
        return await prepare(bytes);
      } catch (error) {
        if (!(error instanceof UploadError)) throw error;
        ctx.addIssue({ code: "custom", message: error.code });
        return z.NEVER;
      }
    });
  // Null never gets through unless `optional`: the output type says so.
  return field as unknown as z.ZodType<Optional extends true ? PreparedUpload | null : PreparedUpload, Buffer | null>;
}

/** The code of a refused upload parse: the upload schemas word their issues as codes (imageField, coverAltSchema). */
export function failureCodeOf(refusal: { issues?: { message: string }[] }): string | undefined {
  return refusal.issues?.[0]?.message;
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
