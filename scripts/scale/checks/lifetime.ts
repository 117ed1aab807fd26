// f. An article first rendered on A is served by B from the shared cache
// (x-nextjs-cache: HIT), with no render of its own: proof that the entry, and
// its lifetime (cacheControl), round-trip through Redis. Two `next start` on
// one .next folder could also share an entry through the disk cache, so the
// check also wants the entry in Redis under the test's prefix.
import { readdirSync } from "node:fs";
import { EDGE, SHARED_REDIS_PORT, type Context } from "../context";
import { cacheStatus, request, type Answer } from "../http";
import { keysOf } from "../redis";
import { check, info } from "../report";

export function routeCacheFiles(): number {
  try {
    return readdirSync(".next/server/route-cache", { recursive: true }).length;
  } catch {
    return 0;
  }
}

export async function checkLifetime(ctx: Context): Promise<void> {
  // An article nobody has asked for yet (the newest ones are on home and feed page 1).
  const [article] = await ctx.db.articles("en", 1, 3);
  if (!article) throw new Error("no fourth en article in the demo content");
  const path = `/en/news/${article.slug}`;
  const prefix = ctx.env.redisKeyPrefix;
  const keysBefore = (await keysOf(SHARED_REDIS_PORT, prefix)).length;
  const filesBefore = routeCacheFiles();

  const onA = await request(ctx.a.url + path);
  const keysAfter = (await keysOf(SHARED_REDIS_PORT, prefix)).length;
  const onB = [];
  for (let i = 0; i < 3; i++) onB.push(await request(ctx.b.url + path));
  const filesAfter = routeCacheFiles();
  const bStates = onB.map((r) => `${r.status} ${r.headers["x-nextjs-cache"] ?? "-"}`);

  info(`${path}: A ${onA.status} x-nextjs-cache=${onA.headers["x-nextjs-cache"] ?? "-"} in ${Math.round(onA.ms)} ms; B ×3: ${bStates.join(", ")} (${onB.map((r) => Math.round(r.ms)).join("/")} ms)`);
  info(`Redis keys under ${prefix}: ${keysBefore} → ${keysAfter}; files in .next/server/route-cache: ${filesBefore} → ${filesAfter}`);
  check("f: A rendered the article", onA.status === 200 && onA.text.includes(escapeHtml(article.title)), `status ${onA.status}`);
  check("f: A's render was stored in Redis under the test's prefix", keysAfter > keysBefore, `${keysBefore} → ${keysAfter} keys`);
  check(
    "f: B serves it as x-nextjs-cache HIT, three times, without rendering it",
    onB.every((r) => r.status === 200 && r.headers["x-nextjs-cache"] === "HIT"),
    bStates.join(", "),
  );
  const cc = String(onB[0]?.headers["cache-control"] ?? "");
  check("f: B's HIT carries the entry's lifetime (Cache-Control s-maxage)", /s-maxage=\d+/.test(cc), cc || "no Cache-Control");
  await checkFraming(path, onA.text, ctx);
}

/** How an answer is framed and encoded, for messages. */
const framing = (a: Answer) =>
  `${a.status} ${a.headers["content-encoding"] ?? "identity"}, length ${a.headers["content-length"] ?? "-"}, ${a.headers["transfer-encoding"] ?? "not chunked"}, ${a.bytes} B, cache ${cacheStatus(a)}`;
const sentWhole = (a: Answer) => a.headers["content-length"] === String(a.bytes) && a.headers["transfer-encoding"] === undefined;

/**
 * A stored page goes out whole: Content-Length, never chunked, gzip made from the
 * stored bytes (lib/http/stored-response.ts), from Next and so from nginx's
 * cache, whose HIT keeps the framing it stored (a chunked HIT costs nginx two
 * more syscalls per answer). Both decode to the page A rendered.
 */
async function checkFraming(path: string, page: string, ctx: Context): Promise<void> {
  const gzip = { "Accept-Encoding": "gzip" };
  const fromB = [await request(ctx.b.url + path), await request(ctx.b.url + path, { headers: gzip })];
  // The edge stores each encoding on its first request; the second is its HIT.
  const fromEdge: Answer[] = [];
  for (const headers of [{}, gzip]) {
    await request(EDGE + path, { headers });
    fromEdge.push(await request(EDGE + path, { headers }));
  }
  info(`${path} framing: B ${fromB.map(framing).join(" | ")}; edge ${fromEdge.map(framing).join(" | ")}`);
  check(
    "f: a stored page from Next: Content-Length, not chunked, identity and gzip, same page",
    fromB.every((a) => a.status === 200 && sentWhole(a) && a.text === page) && fromB[1]!.headers["content-encoding"] === "gzip" && fromB[0]!.headers["content-encoding"] === undefined,
    fromB.map(framing).join(" | "),
  );
  check(
    "f: nginx's HIT of it keeps that framing (Content-Length, not chunked), identity and gzip",
    fromEdge.every((a) => a.status === 200 && cacheStatus(a) === "HIT" && sentWhole(a) && a.text === page) && fromEdge[1]!.headers["content-encoding"] === "gzip",
    fromEdge.map(framing).join(" | "),
  );
}

export const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
