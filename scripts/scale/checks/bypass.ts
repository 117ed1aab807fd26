// c. What nginx must never cache: /admin, /api, POST, a staff session cookie
// (plain, __Secure-, chunked), Authorization, 404s. Each is asked twice and
// must not be a HIT either time; where the URL is a public page, a plain GET
// right after must be a MISS (the private answer was not stored) and the next
// one a HIT (so the check can see storage at all). Public pages, straight
// from an instance and through nginx, carry no Set-Cookie.
import { randomBytes } from "node:crypto";
import { EDGE, type Context } from "../context";
import { cacheStatus, isHtmlDocument, request, type Answer, type Ask } from "../http";
import { check } from "../report";

const fresh = (path: string) => `${EDGE}${path}?scale=${randomBytes(4).toString("hex")}`;
const neverHit = (answers: Answer[]) => answers.every((a) => cacheStatus(a) !== "HIT");
const states = (answers: Answer[]) => answers.map((a) => `${a.status} ${cacheStatus(a)}`).join(", ");

export async function checkBypass(ctx: Context): Promise<void> {
  // Private paths: proxied, never cached.
  for (const path of ["/admin/login", "/admin", "/api/health", "/api/auth/session"]) {
    const answers = [await request(EDGE + path), await request(EDGE + path)];
    check(`c: ${path} is never a HIT`, neverHit(answers), states(answers));
  }
  const login = await request(EDGE + "/admin/login");
  check("c: /admin/login says Cache-Control private, no-store", /private/.test(String(login.headers["cache-control"])) && /no-store/.test(String(login.headers["cache-control"])), String(login.headers["cache-control"]));

  // Private request shapes on a public page's URL: never answered from the cache, never stored.
  const cases: [string, Ask][] = [
    ["POST", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "x=1" }],
    ["staff cookie authjs.session-token", { headers: { cookie: "theme=dark; authjs.session-token=scale-test-not-a-session" } }],
    ["staff cookie __Secure-authjs.session-token", { headers: { cookie: "__Secure-authjs.session-token=scale-test" } }],
    ["chunked staff cookie authjs.session-token.0", { headers: { cookie: "authjs.session-token.0=scale-test" } }],
    ["Authorization header", { headers: { authorization: "Bearer scale-test" } }],
  ];
  for (const [name, ask] of cases) {
    const url = fresh("/en/partners");
    const privateAnswers = [await request(url, ask), await request(url, ask)];
    const after = [await request(url), await request(url)];
    // And a private request on a URL that is cached by now must not be answered from it.
    const onCached = await request(url, ask);
    const ok =
      neverHit([...privateAnswers, onCached]) && cacheStatus(after[0]!) === "MISS" && cacheStatus(after[1]!) === "HIT" && after.every(isHtmlDocument);
    check(`c: ${name}: never a HIT, never stored`, ok, `${name} ×2: ${states(privateAnswers)}; plain GET ×2: ${states(after)}; ${name} on the cached URL: ${states([onCached])}`);
  }

  // After all the admin traffic, a public page is the public page.
  const home = await request(fresh("/en"));
  check("c: a plain GET after admin requests is the public page", isHtmlDocument(home) && home.text.includes('<html lang="en"') && !home.text.includes("Sign in to the forum admin"), `${home.status} ${cacheStatus(home)}`);

  // 404s are not stored: pages, and the asset locations, which otherwise
  // honour the upstream's Cache-Control (Next's 404 page says s-maxage=31536000).
  for (const [label, path] of [
    ["an article", `/en/news/scale-missing-${randomBytes(3).toString("hex")}`],
    ["/_next/static/", `/_next/static/chunks/scale-missing-${randomBytes(3).toString("hex")}.js`],
    ["/media/", `/media/${randomBytes(32).toString("hex")}.png`],
  ] as const) {
    const url = `${EDGE}${path}`;
    const notFound = [await request(url), await request(url)];
    check(`c: a 404 is never stored (${label})`, notFound.every((a) => a.status === 404) && neverHit(notFound), states(notFound));
  }

  // No Set-Cookie on public pages, straight from an instance or through nginx.
  const en = await ctx.db.newestArticle("en");
  const ru = await ctx.db.newestArticle("ru");
  const publicPaths = ["/en", "/ru", "/en/news", "/ru/news", `/en/news/${en.slug}`, `/ru/news/${ru.slug}`, "/en/partners", "/en/about", "/en/feed.xml", "/sitemap.xml", "/en/scale-no-such-page"];
  const withCookies: string[] = [];
  for (const path of publicPaths) {
    for (const [where, base] of [
      ["A", ctx.a.url],
      ["nginx", EDGE],
    ] as const) {
      for (const headers of [{}, { "accept-encoding": "gzip" }] as Record<string, string>[]) {
        const answer = await request(base + path, { headers });
        if (answer.headers["set-cookie"]) withCookies.push(`${where} ${path}: ${answer.headers["set-cookie"]}`);
      }
    }
  }
  check(`c: no Set-Cookie on ${publicPaths.length} public pages (A and nginx, identity and gzip)`, withCookies.length === 0, withCookies.join("; ") || `${publicPaths.length * 4} answers`);
}
