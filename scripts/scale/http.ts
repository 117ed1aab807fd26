// HTTP as the scale test needs it: exact request headers (an empty `RSC:`, no
// Accept-Encoding unless asked: fetch adds its own), a chosen source address,
// and the raw body (decompressed when the answer is gzip).
import http from "node:http";
import { gunzipSync } from "node:zlib";

export type Answer = {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Decoded body text (gunzipped when Content-Encoding is gzip). */
  text: string;
  /** Bytes as received. */
  bytes: number;
  ms: number;
};

export type Ask = {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Source address of the connection (e.g. 127.0.0.3). */
  localAddress?: string;
  timeoutMs?: number;
};

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export function request(url: string, ask: Ask = {}): Promise<Answer> {
  const started = performance.now();
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: ask.method ?? "GET",
        headers: ask.headers ?? {},
        // A chosen source address needs its own connection.
        agent: ask.localAddress ? false : agent,
        localAddress: ask.localAddress,
        timeout: ask.timeoutMs ?? 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          const raw = Buffer.concat(chunks);
          let text: string;
          try {
            text = (res.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString("utf8");
          } catch (error) {
            text = `<<undecodable ${res.headers["content-encoding"]} body: ${String(error)}>>`;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, bytes: raw.length, ms: performance.now() - started });
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error(`timeout after ${ask.timeoutMs ?? 30_000} ms: ${url}`)));
    req.on("error", reject);
    if (ask.body !== undefined) req.end(ask.body);
    else req.end();
  });
}

/** The first line of a body, for messages. */
export function head(text: string, n = 60): string {
  return JSON.stringify(text.slice(0, n));
}

export const isHtmlDocument = (a: Answer) => /^text\/html/i.test(String(a.headers["content-type"])) && /^\s*<!DOCTYPE html/i.test(a.text);

/** A React flight (RSC) payload: by type, or by its row syntax ("0:", "1:I[…" …) whatever the type says. */
export const isFlight = (a: Answer) => /text\/x-component/i.test(String(a.headers["content-type"])) || /^[0-9a-f]+:[A-Z["{]/.test(a.text);

export const cacheStatus = (a: Answer) => String(a.headers["x-cache-status"] ?? "-");
