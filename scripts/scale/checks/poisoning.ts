// b. Cache poisoning through nginx: client-side navigation requests (RSC,
// prefetch, state tree, segment, `_rsc`) and document requests share URLs.
// Neither may ever get the other's body, and router requests are never
// answered from the cache. Each shape is tried in both orders on a fresh cache
// key (a unique query string, which the pages ignore): router request first,
// then plain GETs (would a flight body have been stored under the page's
// key?), and plain GETs first, then the router request (would the stored HTML
// be answered to it?). Every public page is a plain HTML document with no
// flight data (lib/html/site-page.tsx): a router request for one is refused
// (406, neither HTML nor flight), which makes Next's router load it as a
// document. The bench's /reference/static is the one public App Router page
// left, so it stands for the pages whose router requests do get flight data.
import { randomBytes } from "node:crypto";
import { EDGE, type Context } from "../context";
import { cacheStatus, head, isFlight, isHtmlDocument, request, type Answer } from "../http";
import { check } from "../report";

type Shape = { name: string; headers: Record<string, string>; suffix?: string; arg?: string; expect: "flight" | "html"; statuses?: number[] };

const stateTree = encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}, null, null] }, null, null, true]));

const shapes: Shape[] = [
  { name: "RSC: 1", headers: { rsc: "1" }, expect: "flight" },
  // nginx cannot tell an empty header from none: it is a document request,
  // and reaches Next without the header (proxy_set_header RSC $http_rsc).
  { name: "RSC: (empty)", headers: { rsc: "" }, expect: "html" },
  { name: "?_rsc=abc", headers: {}, arg: "_rsc=abc", expect: "html" },
  { name: "?_rsc=abc + RSC: 1", headers: { rsc: "1" }, arg: "_rsc=abc", expect: "flight" },
  { name: "Next-Router-Prefetch: 1", headers: { "next-router-prefetch": "1" }, expect: "html" },
  { name: "RSC + Next-Router-Prefetch", headers: { rsc: "1", "next-router-prefetch": "1" }, expect: "flight" },
  { name: "RSC + Next-Router-State-Tree", headers: { rsc: "1", "next-router-state-tree": stateTree }, expect: "flight" },
  {
    name: ".segments/ path",
    headers: { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/_tree" },
    suffix: ".segments/_tree.segment.rsc",
    expect: "flight",
    // A segment Next has no prefetch data for answers a flight 404; either way a flight.
    statuses: [200, 404],
  },
];

/** GET following same-site redirects (Next answers an RSC request without a valid _rsc with a 307 to one), keeping the headers. */
async function follow(url: string, headers: Record<string, string>): Promise<Answer[]> {
  const hops: Answer[] = [];
  let next = url;
  for (let i = 0; i < 4; i++) {
    const answer = await request(next, { headers });
    hops.push(answer);
    const location = answer.headers.location;
    if (answer.status < 300 || answer.status > 399 || !location) break;
    next = new URL(location, next).toString();
    if (!next.startsWith(EDGE)) break;
  }
  return hops;
}

const describe = (hops: Answer[]) => hops.map((h) => `${h.status} ${String(h.headers["content-type"] ?? "-").split(";")[0]} ${cacheStatus(h)}`).join(" → ");

/**
 * What a router request for a document (article, home) must end in: a refusal that is
 * neither a document nor flight data, or (a segment path, which no route has)
 * the 404 in flight form.
 */
const isRefusal = (a: Answer) => (a.status === 406 && !isHtmlDocument(a) && !isFlight(a)) || (a.status === 404 && isFlight(a));

export async function checkPoisoning(ctx: Context): Promise<void> {
  const article = await ctx.db.newestArticle("en");
  for (const [label, path, routerAnswer] of [
    ["article", `/en/news/${article.slug}`, "refusal"],
    ["home", "/en", "refusal"],
    ["App Router page", "/reference/static", "flight"],
  ] as const) {
    for (const shape of shapes) {
      const problems: string[] = [];
      const figures: string[] = [];
      for (const order of ["router first", "page first"] as const) {
        const key = `scale=${randomBytes(4).toString("hex")}`;
        const pageUrl = `${EDGE}${path}?${key}`;
        const routerUrl = `${EDGE}${path}${shape.suffix ?? ""}?${key}${shape.arg ? `&${shape.arg}` : ""}`;
        const plain = async () => {
          for (const encoding of [undefined, "gzip"]) {
            const r = await request(pageUrl, { headers: encoding ? { "accept-encoding": encoding } : {} });
            if (!isHtmlDocument(r) || isFlight(r)) problems.push(`${order}: plain GET (${encoding ?? "identity"}) got ${r.status} ${r.headers["content-type"]} ${cacheStatus(r)} ${head(r.text)}`);
            figures.push(`plain ${encoding ?? "id"} ${cacheStatus(r)}`);
          }
        };
        const router = async () => {
          const hops = await follow(routerUrl, shape.headers);
          const last = hops[hops.length - 1]!;
          figures.push(`${shape.name}: ${describe(hops)}`);
          if (shape.expect === "flight" && routerAnswer === "refusal") {
            if (!isRefusal(last)) problems.push(`${order}: router request for a document ended ${describe(hops)} ${head(last.text)}`);
            if (hops.some(isHtmlDocument)) problems.push(`${order}: HTML answered to a router request`);
            if (hops.some((h) => cacheStatus(h) === "HIT")) problems.push(`${order}: router request answered from the cache (${describe(hops)})`);
          } else if (shape.expect === "flight") {
            if (!(shape.statuses ?? [200]).includes(last.status) || !isFlight(last)) problems.push(`${order}: router request ended ${describe(hops)} ${head(last.text)}`);
            if (hops.some(isHtmlDocument)) problems.push(`${order}: HTML answered to a router request`);
            if (hops.some((h) => cacheStatus(h) === "HIT")) problems.push(`${order}: router request answered from the cache (${describe(hops)})`);
          } else {
            if (last.status !== 200 || !isHtmlDocument(last) || isFlight(last)) problems.push(`${order}: document request ended ${describe(hops)} ${head(last.text)}`);
            // The empty RSC header is a plain document request by design; the others must bypass.
            if (shape.name !== "RSC: (empty)" && hops.some((h) => cacheStatus(h) === "HIT")) problems.push(`${order}: answered from the cache (${describe(hops)})`);
          }
        };
        if (order === "router first") {
          await router();
          await plain();
        } else {
          // Two plain GETs back to back: the second must be a HIT (the entry lives 1-2 s).
          await request(pageUrl);
          const warm = await request(pageUrl);
          if (cacheStatus(warm) !== "HIT") problems.push(`page first: the page itself was not cached (${cacheStatus(warm)}), so this order proves nothing`);
          await router();
          await plain();
        }
      }
      check(`b: ${label} × ${shape.name}`, problems.length === 0, problems.length ? problems.join("; ") : figures.slice(0, 3).join(", "));
    }
  }
}
