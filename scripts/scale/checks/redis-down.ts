// d. Redis going away and coming back. The pair is restarted on a private
// redis-server (127.0.0.1:6390, no persistence) that the test kills in the
// middle of a loop of public GETs (straight to each instance and through
// nginx): not one may fail. An editor saves while Redis is down: the save
// either succeeds (and is in the database) or says clearly that it did not;
// which one is printed. Redis is then started again, empty, and caching must
// resume within 5 s without restarting Next: keys appear under the prefix
// again and an instance answers x-nextjs-cache: HIT.
import { randomBytes } from "node:crypto";
import { EDGE, PORTS, restartInstance, type Context } from "../context";
import { signInEditor } from "../editor";
import { request } from "../http";
import { sleep } from "../processes";
import { keysOf, startPrivateRedis } from "../redis";
import { check, info, ms } from "../report";

const LOOP_MS = 10_000;
const KILL_AT_MS = 2_000;
const SAVE_AT_MS = 4_000;

export async function checkRedisDown(ctx: Context): Promise<void> {
  const port = PORTS.privateRedis;
  const prefix = `${ctx.env.redisKeyPrefix}-d`;
  const env = { ...ctx.env, redisUrl: `redis://127.0.0.1:${port}`, redisKeyPrefix: prefix };
  let redis = await startPrivateRedis(port);
  await Promise.all([ctx.a.proc.stop("SIGTERM", 15_000), ctx.b.proc.stop("SIGTERM", 15_000)]);
  await Promise.all([restartInstance(ctx, "a", env), restartInstance(ctx, "b", env)]);

  const en = await ctx.db.newestArticle("en");
  const [other] = await ctx.db.articles("en", 1, 1);
  const paths = ["/en", "/ru", "/en/news", `/en/news/${en.slug}`, `/en/news/${other!.slug}`, "/en/partners", "/en/feed.xml"];
  for (const base of [ctx.a.url, ctx.b.url]) for (const p of paths) await request(base + p);
  const warmKeys = (await keysOf(port, prefix)).length;
  check("d: the pair caches in the private Redis before it goes away", warmKeys > 0, `${warmKeys} keys under ${prefix}`);

  const editor = await signInEditor(ctx.a.url);
  const original = await editor.open(en.id);
  const marker = `scale-redis-down-${randomBytes(3).toString("hex")}`;

  // The loop: 3 workers over A, B and nginx.
  const bases = [ctx.a.url, ctx.b.url, EDGE];
  const tally = { total: 0, s5xx: 0, errors: 0, other: 0, samples: [] as string[] };
  const loopEnd = performance.now() + LOOP_MS;
  let turn = 0;
  const loop = Promise.all(
    [0, 1, 2].map(async () => {
      while (performance.now() < loopEnd) {
        const i = turn++;
        const url = bases[i % bases.length]! + paths[Math.floor(i / bases.length) % paths.length]!;
        try {
          const { status } = await request(url, { timeoutMs: 10_000 });
          tally.total++;
          if (status >= 500) tally.s5xx++;
          else if (status !== 200) tally.other++;
          if (status !== 200 && tally.samples.length < 5) tally.samples.push(`${status} ${url}`);
        } catch (error) {
          tally.total++;
          tally.errors++;
          if (tally.samples.length < 5) tally.samples.push(`${String(error)} ${url}`);
        }
      }
    }),
  );

  await sleep(KILL_AT_MS);
  await redis.stop("SIGKILL");
  const killedAt = performance.now();
  await sleep(Math.max(0, SAVE_AT_MS - KILL_AT_MS));
  const { verdict } = await editor.saveTitle(`${original} ${marker}`, 20_000);
  const saved = await verdict;
  const inDatabase = (await ctx.db.title(en.id)).includes(marker);
  await loop;
  const downMs = performance.now() - killedAt;

  // While Redis is still down: the saved title (if saved) is what visitors get.
  let shownOnB = "not checked";
  if (inDatabase) shownOnB = (await request(`${ctx.b.url}/en/news/${en.slug}`)).text.includes(marker) ? "yes" : "no";

  redis = await startPrivateRedis(port);
  const restartedAt = performance.now();
  let keysBackMs = Infinity;
  let hitBackMs = Infinity;
  while (performance.now() - restartedAt < 10_000 && (keysBackMs === Infinity || hitBackMs === Infinity)) {
    const article = await request(`${ctx.a.url}/en/news/${other!.slug}`);
    if (hitBackMs === Infinity && article.headers["x-nextjs-cache"] === "HIT") hitBackMs = performance.now() - restartedAt;
    if (keysBackMs === Infinity && (await keysOf(port, prefix)).length > 0) keysBackMs = performance.now() - restartedAt;
    await sleep(200);
  }
  await editor.close();

  info(`loop over A, B and nginx for ${LOOP_MS / 1000} s, Redis killed at ${KILL_AT_MS / 1000} s and down ${ms(downMs)} until the loop ended: ${tally.total} GETs, ${tally.s5xx} 5xx, ${tally.other} other non-200, ${tally.errors} errors ${tally.samples.join("; ")}`);
  info(`save with Redis down: ${saved.outcome}${saved.message ? ` ("${saved.message}")` : ""}; title in the database: ${inDatabase ? "yes" : "no"}; new title on B while Redis down: ${shownOnB}`);
  info(`after Redis restarted: keys under the prefix again after ${ms(keysBackMs)}, x-nextjs-cache HIT on A after ${ms(hitBackMs)}`);
  check("d: 0 5xx and 0 failed requests on public GETs while Redis dies", tally.s5xx === 0 && tally.errors === 0 && tally.total > 0, `${tally.total} GETs, ${tally.s5xx} 5xx, ${tally.errors} errors`);
  check(
    "d: a save with Redis down succeeds, or clearly says it did not",
    (saved.outcome === "saved" && inDatabase) || (saved.outcome === "error" && saved.message.length > 0 && !inDatabase),
    `${saved.outcome}${saved.message ? `: ${saved.message}` : ""}; in database: ${inDatabase}`,
  );
  check("d: caching resumes within 5 s of Redis returning, without restarting Next", keysBackMs <= 5_000 && hitBackMs <= 5_000, `keys ${ms(keysBackMs)}, HIT ${ms(hitBackMs)}`);
}
