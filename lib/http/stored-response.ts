// How a stored route-handler answer (every public document, feed, sitemap and
// calendar: the cache's APP_ROUTE entries) goes out: in one write, with
// Content-Length, and gzip-encoded once per stored entry rather than per request.
//
// Stock Next 16.4 wraps the stored Buffer in a web Response and pipes it (Next's
// sendResponse drops Content-Length), so every answer is chunked, and its
// compression middleware gzips the same bytes again on every request. Chunked
// answers cost the nginx front most: it stores the upstream answer as it came, so
// each cache HIT went out chunked too (three buffers and two more syscalls per
// hit instead of a header and one sendfile), which measured at about 0.6x of nginx
// serving the same gzip bytes as a file. scripts/patch-next.mjs makes Next's
// route template call this function (through a global that lib/node-startup.ts
// sets: the template is bundled into the build and cannot import project code);
// where it is not installed, Next's own path runs unchanged.
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";

/** The global the patched Next template looks up (scripts/patch-next.mjs). */
export const STORED_RESPONSE_HOOK = Symbol.for("podium.sendStoredResponse");

/** Below this, as in Next's compression middleware (1 KB), gzip saves too little to bother. */
const GZIP_MIN_BYTES = 1024;

/** Each stored body's gzip form, made on its first gzip request; it goes when the entry goes. */
const gzipForms = new WeakMap<Buffer, Buffer>();

/** Headers Next never copies from a stored answer (its sendResponse's FORBIDDEN_HEADERS): framing is set here. */
const FRAMING_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding"]);
/** Headers that may appear more than once (as in Next's sendResponse); others are set once, the first value kept. */
const REPEATABLE_HEADERS = new Set(["set-cookie", "www-authenticate", "proxy-authenticate", "vary"]);

export type StoredAnswer = { status?: number; body: Buffer };

/** The q-value the client gives gzip (or `*`); 0 when it names neither or refuses it. */
export function gzipQuality(acceptEncoding: string | undefined): number {
  if (!acceptEncoding) return 0;
  let gzip: number | undefined;
  let any: number | undefined;
  for (const part of acceptEncoding.split(",")) {
    const [rawName, ...params] = part.split(";");
    const name = rawName!.trim().toLowerCase();
    const qParam = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith("q="));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    const quality = Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0;
    if (name === "gzip" || name === "x-gzip") gzip = quality;
    else if (name === "*") any = quality;
  }
  return gzip ?? any ?? 0;
}

/** Text formats worth compressing (what the compression middleware's `compressible` says yes to, for our types). */
export function isCompressible(contentType: string | null): boolean {
  if (!contentType) return false;
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  return /^text\//.test(type) || /\+(json|xml|text)$/.test(type) || /^application\/(json|javascript|xml)$/.test(type) || type === "image/svg+xml";
}

function appendVary(res: ServerResponse, field: string): void {
  const current = res.getHeader("vary");
  const text = Array.isArray(current) ? current.join(", ") : current === undefined ? "" : String(current);
  const fields = text.split(",").map((f) => f.trim().toLowerCase());
  if (fields.includes("*") || fields.includes(field.toLowerCase())) return;
  res.setHeader("vary", text ? `${text}, ${field}` : field);
}

/** Sends a stored answer: its headers as Next would copy them, then the body in one write with its length. */
export function sendStoredResponse(req: IncomingMessage, res: ServerResponse, headers: Headers, stored: StoredAnswer): void {
  res.statusCode = stored.status || 200;
  headers.forEach((value, name) => {
    if (name === "x-middleware-set-cookie" || FRAMING_HEADERS.has(name)) return;
    // Headers' iteration yields each Set-Cookie on its own (Fetch standard), the others joined.
    if (REPEATABLE_HEADERS.has(name)) res.appendHeader(name, value);
    else if (res.getHeader(name) === undefined) res.setHeader(name, value);
  });

  let body = stored.body;
  const compressible = isCompressible(headers.get("content-type"));
  if (compressible) {
    appendVary(res, "Accept-Encoding");
    const noTransform = /(?:^|,)\s*no-transform\s*(?:,|$)/i.test(String(res.getHeader("cache-control") ?? ""));
    if (!noTransform && body.length >= GZIP_MIN_BYTES && gzipQuality(req.headers["accept-encoding"]) > 0) {
      let gzip = gzipForms.get(stored.body);
      if (!gzip) {
        gzip = gzipSync(stored.body);
        gzipForms.set(stored.body, gzip);
      }
      body = gzip;
      // Set before the first write, so the compression middleware sees it and passes the bytes through.
      res.setHeader("content-encoding", "gzip");
    }
  }
  res.setHeader("content-length", body.length);
  if (req.method === "HEAD") res.end();
  else res.end(body);
}

/** Makes the patched Next template use sendStoredResponse (lib/node-startup.ts, once per server process). */
export function installStoredResponseHook(): void {
  (globalThis as Record<symbol, unknown>)[STORED_RESPONSE_HOOK] = sendStoredResponse;
}
