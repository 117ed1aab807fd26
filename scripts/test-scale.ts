// npm run test:scale: two `next start` instances on one PostgreSQL database and
// one Redis key prefix, behind nginx with the shipped config (deploy/nginx/),
// checked for what running several instances must guarantee: a save on one
// instance visible on the other and through nginx, no cache poisoning, no
// caching of private answers, Redis going away, SIGTERM under load, a shared
// cache entry's lifetime, a cache that unknown URLs cannot fill, and the client
// IP behind the proxy. Prints figures, ends with "N passed, N failed", exits 1
// on any failure. Loopback only; every process it starts is stopped at the end.
//
//   npm run test:scale                 use the existing build (.next/BUILD_ID), else build
//   npm run test:scale -- --build      rebuild first
//   npm run test:scale -- --only b,c   run some checks (letters as in the list below)
//   npm run test:scale -- --hold       set up, then wait for SIGUSR2 (to poke at it by hand)
//   npm run test:scale -- --keep-tmp   leave the temp folder (nginx's access log, error output) for a post-mortem
//   npm run test:scale -- --no-edge-refresh   instances without EDGE_REFRESH_URL (to see what the refresh costs or buys)
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { clearRuntimeCache } from "./runtime-cache";
import { ensureBuild } from "./scale/build";
import { PORTS, REFRESH, SHARED_REDIS_PORT, EDGE, type Context } from "./scale/context";
import { createScaleDatabase } from "./scale/database";
import { startInstance } from "./scale/instances";
import { startNginx } from "./scale/nginx";
import { portInUse, setInterruptCleanup, stopAll } from "./scale/processes";
import { deletePrefix, ping } from "./scale/redis";
import { check, failedCount, section, summary } from "./scale/report";
import { checkLifetime } from "./scale/checks/lifetime";
import { checkPoisoning } from "./scale/checks/poisoning";
import { checkBypass } from "./scale/checks/bypass";
import { checkClientIp } from "./scale/checks/client-ip";
import { checkBoundedCache } from "./scale/checks/bounded";
import { checkVisibility } from "./scale/checks/visibility";
import { checkSigterm } from "./scale/checks/sigterm";
import { checkRedisDown } from "./scale/checks/redis-down";

const { values: options } = parseArgs({ options: { build: { type: "boolean" }, only: { type: "string" }, hold: { type: "boolean" }, "keep-tmp": { type: "boolean" }, "no-edge-refresh": { type: "boolean" } } });
const only = options.only ? new Set(options.only.split(",").map((s) => s.trim())) : null;

// In the order they run: f first, on a cache nobody has filled yet; d last, on a second pair.
const checks: [letter: string, title: string, run: (ctx: Context) => Promise<void>][] = [
  ["f", "f. lifetime round trip: A renders, B serves it as a HIT", checkLifetime],
  ["b", "b. poisoning matrix through nginx", checkPoisoning],
  ["c", "c. bypass matrix through nginx", checkBypass],
  ["h", "h. client IP: forged headers straight to an instance, and through nginx", checkClientIp],
  ["g", "g. bounded cache: 1,000 unknown URLs", checkBoundedCache],
  ["a", "a. save on A visible on B and through nginx (20 saves)", checkVisibility],
  ["e", "e. SIGTERM, then SIGKILL, to one instance under 50 connections through nginx; then both down", checkSigterm],
  ["d", "d. Redis down (private redis-server on :6390)", checkRedisDown],
];

const started = Date.now();
const tmp = mkdtempSync(join(tmpdir(), "podium-scale-"));
let ctx: Context | undefined;
let dropDatabase: (() => Promise<void>) | undefined;
const prefix = `scale-${randomBytes(4).toString("hex")}`;

try {
  const buildId = ensureBuild(Boolean(options.build));
  for (const [name, port] of Object.entries(PORTS)) {
    if (await portInUse(port)) throw new Error(`port ${port} (${name}) is already in use on 127.0.0.1: is another test:scale or bench running?`);
  }
  if (!(await ping(SHARED_REDIS_PORT))) throw new Error(`no Redis answers on 127.0.0.1:${SHARED_REDIS_PORT}`);
  clearRuntimeCache();

  section("setup");
  const db = await createScaleDatabase();
  dropDatabase = db.drop;
  setInterruptCleanup(async () => {
    console.error("interrupted: dropping the database and the Redis prefix");
    await deletePrefix(SHARED_REDIS_PORT, prefix).catch(() => undefined);
    await db.drop().catch(() => undefined);
    rmSync(tmp, { recursive: true, force: true });
  });
  const env = {
    databaseUrl: db.url,
    redisUrl: `redis://127.0.0.1:${SHARED_REDIS_PORT}`,
    redisKeyPrefix: prefix,
    authSecret: randomBytes(32).toString("base64"),
    siteUrl: EDGE,
    edgeRefreshUrl: options["no-edge-refresh"] ? "" : REFRESH,
  };
  // Instances first: nginx must not see them down (max_fails=1 would keep them out for 5 s).
  const [a, b] = await Promise.all([startInstance("A", PORTS.a, env), startInstance("B", PORTS.b, env)]);
  const nginx = await startNginx(join(tmp, "nginx"));
  ctx = { db, env, a, b, nginx, tmp, buildId };
  console.log(`build ${buildId}, database ${db.name}, Redis prefix ${prefix}, nginx prefix ${nginx.prefix}, ready in ${Math.round((Date.now() - started) / 1000)} s`);

  if (options.hold) {
    console.log(`A ${a.url}  B ${b.url}  nginx ${EDGE} (refresh ${REFRESH}). kill -USR2 ${process.pid} to tear down.`);
    await new Promise<void>((resolve) => process.once("SIGUSR2", () => resolve()));
  } else {
    for (const [letter, title, run] of checks) {
      if (only && !only.has(letter)) continue;
      section(title);
      const t0 = Date.now();
      try {
        await run(ctx);
      } catch (error) {
        check(`${letter}: ran to the end`, false, error instanceof Error ? (error.stack ?? error.message) : String(error));
      }
      console.log(`        (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    }
  }
} catch (error) {
  check("setup", false, error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  section("teardown");
  if (failedCount() && ctx) {
    for (const p of [ctx.a.proc, ctx.b.proc, ctx.nginx.proc]) console.log(`--- last output of ${p.name}:\n${p.log().slice(-1500)}`);
  }
  await stopAll();
  const removed = await deletePrefix(SHARED_REDIS_PORT, prefix).catch((e) => `failed: ${String(e)}`);
  console.log(`deleted ${removed} Redis keys under ${prefix}:`);
  await dropDatabase?.().catch((e) => console.error(`could not drop the database: ${String(e)}`));
  if (options["keep-tmp"]) console.log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
  console.log(`total ${Math.round((Date.now() - started) / 1000)} s`);
}

console.log(summary());
process.exit(failedCount() ? 1 : 0);
