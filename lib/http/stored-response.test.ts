import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gzipQuality, isCompressible, sendStoredResponse, type StoredAnswer } from "./stored-response";

describe("gzipQuality", () => {
  it.each([
    [undefined, 0],
    ["", 0],
    ["gzip", 1],
    ["gzip, deflate, br, zstd", 1],
    ["br;q=1.0, GZIP;q=0.5", 0.5],
    ["gzip;q=0", 0],
    ["gzip;q=0, *", 0],
    ["*", 1],
    ["*;q=0.1", 0.1],
    ["identity", 0],
    ["deflate, br", 0],
    ["x-gzip", 1],
    ["gzip;q=abc", 0],
  ])("%s → %s", (header, quality) => {
    expect(gzipQuality(header)).toBe(quality);
  });
});

describe("isCompressible", () => {
  it.each([
    ["text/html; charset=utf-8", true],
    ["text/calendar; charset=utf-8", true],
    ["application/rss+xml; charset=utf-8", true],
    ["application/json", true],
    ["application/ld+json", true],
    ["image/svg+xml", true],
    ["image/png", false],
    ["application/octet-stream", false],
    [null, false],
  ])("%s → %s", (type, expected) => {
    expect(isCompressible(type)).toBe(expected);
  });
});

// A real server: what goes over the socket (framing, headers, bytes) is what matters.
describe("sendStoredResponse", () => {
  const page = Buffer.from(`<!DOCTYPE html><html><body>${"<p>Пленарное заседание — plenary session</p>".repeat(200)}</body></html>`);
  const stored: StoredAnswer = { status: 200, body: page };
  let answerWith: (res: http.ServerResponse) => void = () => {};
  let respond: StoredAnswer = stored;
  let headers = new Headers();
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      answerWith(res);
      sendStoredResponse(req, res, headers, respond);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function get(requestHeaders: Record<string, string> = {}, method = "GET") {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .request(base + "/", { method, headers: requestHeaders }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on("error", reject)
        .end();
    });
  }

  function reset(h: Record<string, string> = { "content-type": "text/html; charset=utf-8", "cache-control": "s-maxage=31536000" }) {
    headers = new Headers(h);
    respond = stored;
    answerWith = () => {};
  }

  it("sends identity bytes whole, with Content-Length and no chunking, to a client without gzip", async () => {
    reset();
    const answer = await get();
    expect(answer.status).toBe(200);
    expect(answer.headers["content-length"]).toBe(String(page.length));
    expect(answer.headers["transfer-encoding"]).toBeUndefined();
    expect(answer.headers["content-encoding"]).toBeUndefined();
    expect(answer.headers["cache-control"]).toBe("s-maxage=31536000");
    expect(answer.headers.vary).toBe("Accept-Encoding");
    expect(answer.body.equals(page)).toBe(true);
  });

  it("sends gzip with its own length to a gzip client, the same bytes every time", async () => {
    reset();
    const first = await get({ "accept-encoding": "gzip, deflate, br" });
    const second = await get({ "accept-encoding": "gzip" });
    for (const answer of [first, second]) {
      expect(answer.headers["content-encoding"]).toBe("gzip");
      expect(answer.headers["content-length"]).toBe(String(answer.body.length));
      expect(answer.headers["transfer-encoding"]).toBeUndefined();
      expect(gunzipSync(answer.body).equals(page)).toBe(true);
    }
    expect(first.body.equals(second.body)).toBe(true);
    expect(first.body.length).toBeLessThan(page.length / 5);
  });

  it("keeps a Vary the response already has, adding Accept-Encoding once", async () => {
    reset();
    answerWith = (res) => res.setHeader("vary", "rsc, next-router-state-tree");
    const answer = await get({ "accept-encoding": "gzip" });
    expect(answer.headers.vary).toBe("rsc, next-router-state-tree, Accept-Encoding");
  });

  it("drops stored framing headers and keeps the first value of a header the server already set", async () => {
    reset({ "content-type": "text/html", "content-length": "5", "transfer-encoding": "chunked", "content-encoding": "br", "x-frame-options": "SAMEORIGIN" });
    answerWith = (res) => res.setHeader("x-frame-options", "DENY");
    const answer = await get();
    expect(answer.headers["content-length"]).toBe(String(page.length));
    expect(answer.headers["content-encoding"]).toBeUndefined();
    expect(answer.headers["x-frame-options"]).toBe("DENY");
    expect(answer.body.equals(page)).toBe(true);
  });

  it("sends each stored Set-Cookie on its own line", async () => {
    reset({ "content-type": "text/html" });
    headers.append("set-cookie", "a=1; Path=/");
    headers.append("set-cookie", "b=2; Path=/");
    const answer = await get();
    expect(answer.headers["set-cookie"]).toEqual(["a=1; Path=/", "b=2; Path=/"]);
  });

  it("does not gzip small bodies, binary types, no-transform answers or clients that refuse gzip", async () => {
    reset();
    respond = { status: 200, body: Buffer.from("<p>short</p>") };
    expect((await get({ "accept-encoding": "gzip" })).headers["content-encoding"]).toBeUndefined();

    reset({ "content-type": "image/png" });
    const png = await get({ "accept-encoding": "gzip" });
    expect(png.headers["content-encoding"]).toBeUndefined();
    expect(png.headers.vary).toBeUndefined();

    reset({ "content-type": "text/html", "cache-control": "public, no-transform" });
    expect((await get({ "accept-encoding": "gzip" })).headers["content-encoding"]).toBeUndefined();

    reset();
    const refused = await get({ "accept-encoding": "gzip;q=0, br" });
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(refused.body.equals(page)).toBe(true);
  });

  it("answers HEAD with the length and no body, and keeps a stored status", async () => {
    reset();
    const head = await get({ "accept-encoding": "gzip" }, "HEAD");
    expect(head.headers["content-length"]).toMatch(/^\d+$/);
    expect(head.body.length).toBe(0);
    respond = { status: 404, body: page };
    expect((await get()).status).toBe(404);
  });
});
