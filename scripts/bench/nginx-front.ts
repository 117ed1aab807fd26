// The shipped nginx front (deploy/nginx/podium.conf) in the bench, measured with wrk.
//
// One nginx process, started from the shipped nginx.conf with only its upstream
// include swapped for the bench's app port, serves three things side by side:
//   - the front: podium.conf unchanged (cache, maps, both servers) on its own listen ports;
//   - a static server with the article's exact bytes: the identity HTML, and the very
//     gzip bytes the front caches as a `.gz` file served by gzip_static;
// so "HIT vs static" compares the same bytes from the same workers and settings.
// wrk (-t1, c10 and c50, a 2 s warm-up first) is the load generator for every target
// here: autocannon tops out below nginx's rate on ~100 KB bodies, and ratios need one tool.
// Each group of targets that is compared (nginx static vs HIT; Next direct) runs twice
// in turn and each target's best run counts, which keeps a burst of other work on a
// shared machine from deciding a ratio; every run's figure is kept in the results.
//
// Next is measured directly too, twice: as started normally (Next's in-memory cache) and
// with REDIS_URL (the shared Redis cache handler) under a key prefix of its own, which is
// deleted afterwards. Budgets (issue 8, item 9) are printed as pass/miss; nothing fails.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { startProcess, waitForHttp, type Server } from "./processes";
import { runWrk, WRK_REPORT, wrkBinary, type WrkResult } from "./wrk";
import { nginxBinary } from "./references";

/**
 * The best of the runs at each concurrency, every run's req/s (the spread says how busy
 * the machine was), and the errors of all runs together (a bad run must not hide them).
 */
type Pair = { c10: WrkResult; c50: WrkResult; runs: { c10: number[]; c50: number[]; errors: number } };
export type Budget = { budget: string; figure: number; need: number; pass: boolean };
export type FrontResults = {
  wrk: string;
  nginx: string;
  articlePath: string;
  bytes: { identity: number; gzip: number };
  targets: Record<string, Pair>;
  /** Next direct with REDIS_URL, or why it was not measured. */
  redis: { url: string; keyPrefix: string; keysWritten: number } | { skipped: string };
  budgets: Budget[];
  seconds: number;
  /** 1-minute load average before and after: on a shared machine, the figures' context. */
  loadAverage: { start: number; end: number };
};

// The front's ports follow the app's (the bench's --port), so two benches on one machine can run apart.
const frontPort = (appPort: number) => appPort + 3;
const refreshPort = (appPort: number) => appPort + 4;
const staticPort = (appPort: number) => appPort + 5;
/** Runs of each target (alternating within its group); the best one counts. */
const ROUNDS = 2;


/** GET with the raw body: node's fetch would decompress the gzip bytes we compare. */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

type Target = [name: string, url: string, headers: Record<string, string>];

/**
 * Each target of a group at c10 and c50 (after a 2 s warm-up), the group repeated
 * `rounds` times in turn, keeping each target's best run: on a shared machine a burst
 * of someone else's work then hurts one run of a pair, not the comparison.
 */
async function measureGroup(wrk: string, script: string, group: Target[], seconds: number, rounds: number, log: (line: string) => void): Promise<Record<string, Pair>> {
  const out: Record<string, Pair> = {};
  for (let round = 0; round < rounds; round++) {
    for (const [name, url, headers] of group) {
      for (const c of [10, 50] as const) {
        await runWrk(wrk, script, url, c, 2, headers); // warm-up, not counted
        const r = await runWrk(wrk, script, url, c, seconds, headers);
        const pair = (out[name] ??= { c10: r, c50: r, runs: { c10: [], c50: [], errors: 0 } });
        pair.runs[`c${c}`].push(r.rps);
        pair.runs.errors += r.errors;
        if (r.rps >= pair[`c${c}`].rps || pair.runs[`c${c}`].length === 1) pair[`c${c}`] = r;
      }
      log(`${name} (round ${round + 1}/${rounds}): ${out[name]!.runs.c50.at(-1)} req/s at 50`);
    }
  }
  return out;
}

/**
 * The shipped nginx.conf with its upstream include pointing at the bench's app, plus
 * the static reference server; podium.conf and everything else as shipped.
 */
function writeNginxConfig(workDir: string, appPort: number, article: Buffer): string {
  const shipped = path.join(process.cwd(), "deploy", "nginx");
  const main = readFileSync(path.join(shipped, "nginx.conf"), "utf8");
  if (!/include\s+upstream\.compose\.conf;/.test(main)) throw new Error("deploy/nginx/nginx.conf no longer includes upstream.compose.conf: update scripts/bench/nginx-front.ts");
  writeFileSync(path.join(workDir, "nginx.conf"), main.replace(/include\s+upstream\.compose\.conf;/, "include upstream.bench.conf;\n    include static.bench.conf;"));
  writeFileSync(path.join(workDir, "podium.conf"), readFileSync(path.join(shipped, "podium.conf")));
  writeFileSync(path.join(workDir, "listen.public.conf"), `listen 127.0.0.1:${frontPort(appPort)};\n`);
  writeFileSync(path.join(workDir, "listen.refresh.conf"), `listen 127.0.0.1:${refreshPort(appPort)};\n`);
  // The local upstream's settings, with the bench's single app instance.
  const upstream = readFileSync(path.join(shipped, "upstream.local.conf"), "utf8")
    .split("\n")
    .filter((line) => !/^\s*server\s/.test(line))
    .join("\n")
    .replace(/upstream\s+podium_app\s*\{/, `upstream podium_app {\n    server 127.0.0.1:${appPort} max_fails=1 fail_timeout=5s;`);
  writeFileSync(path.join(workDir, "upstream.bench.conf"), upstream);
  // Static reference: the same bytes as files. No proxy_cache here; gzip_static sends
  // article.html.gz to a gzip client, and on-the-fly gzip is off so nothing is compressed per request.
  const html = path.join(workDir, "static");
  mkdirSync(html, { recursive: true, mode: 0o755 });
  writeFileSync(path.join(html, "article.html"), article);
  writeFileSync(
    path.join(workDir, "static.bench.conf"),
    `server {
    listen 127.0.0.1:${staticPort(appPort)};
    root ${html};
    gzip off;
    gzip_static on;
    location = /article.html { default_type text/html; }
}
`,
  );
  return path.join(workDir, "nginx.conf");
}

function startNginx(binary: string, workDir: string, conf: string): Server {
  // Started as root, nginx's workers run unprivileged: they must read the files and
  // create the cache folders under the prefix.
  chmodSync(workDir, 0o755);
  return startProcess(binary, ["-p", `${workDir}/`, "-c", conf, "-e", "stderr", "-g", "daemon off;"], {});
}

function redisCli(url: string, args: string[]): string {
  const r = spawnSync("redis-cli", ["-u", url, ...args], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`redis-cli ${args.join(" ")}: ${r.stderr || r.error}`);
  return r.stdout;
}

/** Deletes the bench's own keys (and only those); returns how many there were. */
function deletePrefix(url: string, prefix: string): number {
  const keys = redisCli(url, ["--scan", "--pattern", `${prefix}:*`]).split("\n").filter(Boolean);
  for (let i = 0; i < keys.length; i += 500) redisCli(url, ["del", ...keys.slice(i, i + 500)]);
  return keys.length;
}

export type FrontOptions = {
  appPort: number;
  articlePath: string;
  seconds: number;
  workDir: string;
  log: (line: string) => void;
  /** Starts the app on appPort (the bench's `npm start` equivalent) with extra environment, and waits until it answers. */
  startApp: (extraEnv: Record<string, string>) => Promise<Server>;
};

export async function benchFront(options: FrontOptions): Promise<FrontResults | { skipped: string }> {
  const { appPort, articlePath, seconds, workDir, log, startApp } = options;
  const wrk = wrkBinary();
  if (!wrk) return { skipped: "wrk is not installed (apt-get install wrk)" };
  if (!existsSync("deploy/nginx/podium.conf")) return { skipped: "deploy/nginx/podium.conf is missing" };
  const nginxPath = nginxBinary();
  if (!nginxPath) return { skipped: "nginx is not installed (apt-get install nginx)" };
  const nginxVersion = spawnSync(nginxPath, ["-v"], { encoding: "utf8" });
  const script = path.join(workDir, "report.lua");
  writeFileSync(script, WRK_REPORT);
  const direct = `http://127.0.0.1:${appPort}${articlePath}`;
  const front = `http://127.0.0.1:${frontPort(appPort)}${articlePath}`;
  const staticUrl = `http://127.0.0.1:${staticPort(appPort)}/article.html`;
  const gzip = { "Accept-Encoding": "gzip" };
  const targets: Record<string, Pair> = {};
  const loadStart = Math.round(os.loadavg()[0]! * 100) / 100;

  // ---- run 1: the app as `npm start` runs it (Next's in-memory cache)
  let app = await startApp({});
  let nginx: Server | null = null;
  let bytes: FrontResults["bytes"];
  try {
    await rawGet(direct); // render once
    const identityBody = (await rawGet(direct)).body;
    nginx = startNginx(nginxPath, workDir, writeNginxConfig(workDir, appPort, identityBody));
    await waitForHttp(`${staticUrl}`, 10_000);
    // The gzip file for gzip_static holds the bytes the front caches (Next's gzip of the
    // page). nginx reads static files per request, so it serves the file from now on.
    await rawGet(front, gzip);
    const gzipped = await rawGet(front, gzip);
    if (gzipped.headers["content-encoding"] !== "gzip") throw new Error(`the front answered a gzip client with ${gzipped.headers["content-encoding"] ?? "no"} encoding`);
    writeFileSync(path.join(workDir, "static", "article.html.gz"), gzipped.body);

    // The comparison is fair only if both sides send the same bytes and the front hits.
    for (const [label, headers, expected] of [["identity", {}, identityBody], ["gzip", gzip, gzipped.body]] as const) {
      await rawGet(front, headers);
      const hit = await rawGet(front, headers);
      const stat = await rawGet(staticUrl, headers);
      log(`front ${label}: X-Cache-Status ${hit.headers["x-cache-status"]}, ${hit.body.length} B; static ${stat.body.length} B (${stat.headers["content-encoding"] ?? "identity"})`);
      if (hit.headers["x-cache-status"] !== "HIT") throw new Error(`the front does not hit the article (${label}): X-Cache-Status ${hit.headers["x-cache-status"]}`);
      if (!stat.body.equals(expected) || (label === "gzip" && stat.headers["content-encoding"] !== "gzip")) throw new Error(`the static reference does not send the front's ${label} bytes`);
      // A HIT re-fetched in the background may differ by a nonce-free re-render; report, do not fail.
      if (!hit.body.equals(expected)) log(`note: the ${label} HIT body differs from the stored bytes (re-rendered since)`);
    }
    bytes = { identity: identityBody.length, gzip: gzipped.body.length };

    const nginxGroup: Target[] = [
      ["nginx static file (identity)", staticUrl, {}],
      ["nginx front HIT (identity)", front, {}],
      ["nginx static gzip_static", staticUrl, gzip],
      ["nginx front HIT (gzip)", front, gzip],
    ];
    Object.assign(targets, await measureGroup(wrk, script, nginxGroup, seconds, ROUNDS, log));
    const nextGroup: Target[] = [
      ["Next direct, in-memory cache (identity)", direct, {}],
      ["Next direct, in-memory cache (gzip)", direct, gzip],
    ];
    Object.assign(targets, await measureGroup(wrk, script, nextGroup, seconds, ROUNDS, log));
  } finally {
    await nginx?.stop();
    await app.stop();
  }

  // ---- run 2: the same app with the shared Redis cache
  const redisUrl = process.env.REDIS_URL?.trim() || "redis://127.0.0.1:6379";
  let redis: FrontResults["redis"];
  const ping = spawnSync("redis-cli", ["-u", redisUrl, "ping"], { encoding: "utf8" });
  if (ping.status !== 0 || ping.stdout.trim() !== "PONG") {
    redis = { skipped: `no Redis answers at ${redisUrl} (or redis-cli is missing)` };
  } else {
    const keyPrefix = `bench-${randomBytes(4).toString("hex")}`;
    app = await startApp({ REDIS_URL: redisUrl, REDIS_KEY_PREFIX: keyPrefix });
    try {
      await rawGet(direct);
      await rawGet(direct, gzip);
      const written = redisCli(redisUrl, ["--scan", "--pattern", `${keyPrefix}:*`]).split("\n").filter(Boolean).length;
      // Without the handler (REDIS_URL ignored) nothing is written: say so beside the figure.
      log(`REDIS_URL set: ${written} keys under ${keyPrefix}:* after the first requests`);
      const redisGroup: Target[] = [
        ["Next direct, Redis cache (identity)", direct, {}],
        ["Next direct, Redis cache (gzip)", direct, gzip],
      ];
      Object.assign(targets, await measureGroup(wrk, script, redisGroup, seconds, ROUNDS, log));
      redis = { url: redisUrl, keyPrefix, keysWritten: written };
    } finally {
      await app.stop();
      const deleted = deletePrefix(redisUrl, keyPrefix);
      log(`deleted ${deleted} keys under ${keyPrefix}:*`);
    }
  }

  const rps = (name: string) => targets[name]?.c50.rps ?? NaN;
  const ratio = (a: string, b: string) => Math.round((rps(a) / rps(b)) * 100) / 100;
  const budget = (name: string, figure: number, need: number): Budget => ({ budget: name, figure, need, pass: figure >= need });
  const budgets = [
    budget("front HIT / nginx static, identity (c50)", ratio("nginx front HIT (identity)", "nginx static file (identity)"), 0.8),
    budget("front HIT / gzip_static, gzip (c50)", ratio("nginx front HIT (gzip)", "nginx static gzip_static"), 0.8),
    budget("through nginx / Next direct, identity (c50)", ratio("nginx front HIT (identity)", "Next direct, in-memory cache (identity)"), 8),
    budget("through nginx / Next direct, gzip (c50)", ratio("nginx front HIT (gzip)", "Next direct, in-memory cache (gzip)"), 8),
  ];
  if (!("skipped" in redis)) {
    budgets.push(budget("Next direct Redis / in-memory, identity (c50)", ratio("Next direct, Redis cache (identity)", "Next direct, in-memory cache (identity)"), 0.7));
    budgets.push(budget("Next direct Redis / in-memory, gzip (c50)", ratio("Next direct, Redis cache (gzip)", "Next direct, in-memory cache (gzip)"), 0.7));
  }
  return {
    wrk: spawnSync(wrk, ["--version"], { encoding: "utf8" }).stdout.split("\n")[0]!.trim(),
    nginx: nginxVersion.stderr.trim(),
    articlePath,
    bytes,
    targets,
    redis,
    budgets,
    seconds,
    loadAverage: { start: loadStart, end: Math.round(os.loadavg()[0]! * 100) / 100 },
  };
}

export function printFront(results: FrontResults | { skipped: string }): void {
  if (!("targets" in results)) {
    console.log(`\nnginx front: not measured: ${results.skipped}`);
    return;
  }
  console.log(`\nnginx front and Next direct, wrk -t1 (best of ${ROUNDS} alternating runs of ${results.seconds} s per target, each after a 2 s warm-up; ${results.articlePath}, ${Math.round(results.bytes.identity / 1024)} KB identity, ${Math.round(results.bytes.gzip / 1024)} KB gzip):`);
  console.table(
    Object.entries(results.targets).map(([name, r]) => ({
      target: name,
      "KB/resp": Math.round((r.c50.bytesPerReq / 1024) * 10) / 10,
      "req/s @10": r.c10.rps,
      "p99 @10": r.c10.p99,
      "req/s @50": r.c50.rps,
      "p50 @50": r.c50.p50,
      "p99 @50": r.c50.p99,
      "errors (all runs)": r.runs.errors,
      "all runs @50": r.runs.c50.join(" / "),
    })),
  );
  if ("skipped" in results.redis) console.log(`Redis run not measured: ${results.redis.skipped}`);
  else console.log(`Redis run: ${results.redis.url}, prefix ${results.redis.keyPrefix}, ${results.redis.keysWritten} keys after the first requests${results.redis.keysWritten ? "" : " (none: this build ignores REDIS_URL, so the figure is the in-memory cache again)"}`);
  console.log(`Load average (1 min) ${results.loadAverage.start} before, ${results.loadAverage.end} after, on ${os.cpus().length} cores: figures from a busy machine say little.`);
  console.log("Budgets (req/s ratios):");
  console.table(results.budgets.map((b) => ({ budget: b.budget, figure: b.figure, need: `≥ ${b.need}`, result: b.pass ? "pass" : "MISS" })));
}
