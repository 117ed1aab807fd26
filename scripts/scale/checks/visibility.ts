// a. Publish to visible across instances: an editor signed in on A changes an
// article's title 20 times (10 on the newest English article, 10 on the newest
// Russian one). From each click on Save, B's article page and feed page 1 and
// the same two pages through nginx (both encoding buckets) are polled every
// 25 ms until the new title shows. B: median ≤ 500 ms, max ≤ 2 s; nginx:
// median ≤ 1 s, max ≤ 2 s (time until every polled page shows it). nginx's
// access log then shows whether the app refreshed those pages through the
// refresh listener as agreed: the public Host (a Host that differs would
// refresh another cache key), once per encoding bucket.
import { randomBytes } from "node:crypto";
import { EDGE, PORTS, type Context } from "../context";
import { signInEditor } from "../editor";
import { request } from "../http";
import { check, info, median, ms } from "../report";
import { sleep } from "../processes";

const SAVES_PER_LOCALE = 10;
const POLL_MS = 25;
const GIVE_UP_MS = 5_000;

/** Time (performance.now()) at which `url` first contains `marker`, or Infinity. */
async function firstSeen(url: string, marker: string, headers: Record<string, string>): Promise<number> {
  const until = performance.now() + GIVE_UP_MS;
  while (performance.now() < until) {
    try {
      const answer = await request(url, { headers, timeoutMs: 5_000 });
      if (answer.text.includes(marker)) return performance.now();
    } catch {
      // a failed poll is just not yet
    }
    await sleep(POLL_MS);
  }
  return Infinity;
}

type Series = { onB: number[]; onEdge: number[]; touched: string[] };

const B_BUDGET = { median: 500, max: 2_000 };
const EDGE_BUDGET = { median: 1_000, max: 2_000 };
const meets = (xs: number[], budget: { median: number; max: number }) => median(xs) <= budget.median && Math.max(...xs) <= budget.max;

/**
 * The 20 saves, and their timing checks. A timing budget measured on a shared
 * 2-core machine can be missed because something else ran at that moment: a
 * series that misses one is reported and run once more, and the second series
 * decides (as Playwright's one retry in CI does for the browser tests). Both
 * series' figures are printed.
 */
export async function checkVisibility(ctx: Context): Promise<void> {
  await sleep(1_100); // nginx flushes its access log every second: start after what came before
  const logStart = ctx.nginx.accessLog().length;
  let series = await saveSeries(ctx);
  if (!meets(series.onB, B_BUDGET) || !meets(series.onEdge, EDGE_BUDGET)) {
    info(`first series missed a timing budget (B ${fmt(series.onB)}; nginx ${fmt(series.onEdge)}): one more series decides`);
    series = await saveSeries(ctx);
  }
  check("a: save on A visible on B (article + feed page 1): median ≤ 500 ms, max ≤ 2 s", meets(series.onB, B_BUDGET), fmt(series.onB));
  check("a: save on A visible through nginx (article + feed page 1, identity and gzip): median ≤ 1 s, max ≤ 2 s", meets(series.onEdge, EDGE_BUDGET), fmt(series.onEdge));
  await sleep(1_100); // nginx flushes its access log every second
  checkRefreshes(ctx.nginx.accessLog().slice(logStart), series.touched);
}

const fmt = (xs: number[]) => `median ${ms(median(xs))}, max ${ms(Math.max(...xs))} over ${xs.length} saves`;

async function saveSeries(ctx: Context): Promise<Series> {
  const touched: string[] = [];
  const browser = await signInEditor(ctx.a.url);
  const onB: number[] = [];
  const onEdge: number[] = [];
  const slowest: string[] = [];
  const saveMs: number[] = [];
  try {
    for (const locale of ["en", "ru"] as const) {
      const article = await ctx.db.newestArticle(locale);
      const original = await browser.open(article.id);
      const pages = { article: `/${locale}/news/${article.slug}`, feed: `/${locale}/news` };
      touched.push(pages.article, pages.feed);
      for (let i = 1; i <= SAVES_PER_LOCALE; i++) {
        const marker = `scale-edit-${locale}-${i}-${randomBytes(3).toString("hex")}`;
        const { clickedAt, verdict } = await browser.saveTitle(`${original} ${marker}`);
        const polls = {
          "B article": firstSeen(ctx.b.url + pages.article, marker, {}),
          "B feed": firstSeen(ctx.b.url + pages.feed, marker, {}),
          "nginx article": firstSeen(EDGE + pages.article, marker, {}),
          "nginx article gzip": firstSeen(EDGE + pages.article, marker, { "accept-encoding": "gzip" }),
          "nginx feed": firstSeen(EDGE + pages.feed, marker, {}),
          "nginx feed gzip": firstSeen(EDGE + pages.feed, marker, { "accept-encoding": "gzip" }),
        };
        const seen = Object.fromEntries(await Promise.all(Object.entries(polls).map(async ([k, p]) => [k, (await p) - clickedAt] as const)));
        const result = await verdict;
        if (result.outcome !== "saved") throw new Error(`save ${locale} ${i} did not succeed: ${result.outcome} ${result.message}`);
        const b = Math.max(seen["B article"]!, seen["B feed"]!);
        const edge = Math.max(...Object.entries(seen).filter(([k]) => k.startsWith("nginx")).map(([, v]) => v));
        onB.push(b);
        onEdge.push(edge);
        saveMs.push(result.doneAt - clickedAt);
        slowest.push(`${`${locale} ${i}`.padEnd(6)} ${String(Math.round(result.doneAt - clickedAt)).padStart(6)} ${Object.values(seen).map((v) => (Number.isFinite(v) ? String(Math.round(v)) : "never").padStart(6)).join(" ")}`);
      }
    }
  } finally {
    await browser.close();
  }
  info(`ms from the click on Save until the new title shows on:`);
  info(`save     form  B art B feed ng art  ng gz ng fd ng fdgz   (form: until the form took the saved version back)`);
  for (const line of slowest) info(line);
  info(`the form's own round trip: median ${ms(median(saveMs))}, max ${ms(Math.max(...saveMs))}`);
  return { onB, onEdge, touched };
}

/** The refresh listener's log lines: each touched page refreshed in both buckets, always with the public Host. */
function checkRefreshes(log: string, touched: string[]): void {
  const publicHost = new URL(EDGE).host;
  const refreshes = log
    .split("\n")
    .map((line) => /port=(\d+) host=(\S*) "GET (\S+) [^"]*" (\d+) .* ae=(\S*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && Number(m[1]) === PORTS.refresh)
    .map((m) => ({ host: m[2]!, path: m[3]!, status: Number(m[4]), bucket: m[5] || "identity" }));
  const hosts = [...new Set(refreshes.map((r) => r.host))];
  const missing = [...new Set(touched)].flatMap((path) =>
    ["gzip", "identity"].filter((bucket) => !refreshes.some((r) => r.path === path && r.bucket === bucket && r.status === 200)).map((bucket) => `${path} (${bucket})`),
  );
  info(`refresh listener: ${refreshes.length} GETs, Host ${hosts.join(", ") || "-"}, paths ${[...new Set(refreshes.map((r) => r.path))].join(" ") || "-"}`);
  check("a: the app refreshed each changed page through nginx's refresh listener, gzip and identity", refreshes.length > 0 && missing.length === 0, missing.length ? `not refreshed: ${missing.join(", ")}` : `${refreshes.length} GETs`);
  check(`a: every refresh carried the public Host (${publicHost})`, refreshes.length > 0 && hosts.length === 1 && hosts[0] === publicHost, `Host ${hosts.join(", ") || "none seen"}`);
}
