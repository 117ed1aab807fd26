// Server CPU per cache miss: the CPU time (user + system, from /proc/<pid>/stat)
// the server's process tree spends on a run of requests nobody has made before,
// divided by their count, beside the wall time. CPU, not latency, is what a
// miss costs a shared 2-core machine: it is what a crawler of old articles
// takes from every other visitor.
import { readdirSync, readFileSync } from "node:fs";
import { descendants } from "./processes";

const TICKS_PER_SECOND = 100;

/**
 * How many other articles a server is asked for before its misses are measured.
 * A just-started Node server spends much of its first thousand or two requests in
 * V8's compiler threads (their CPU is the process's) and on cold code: measured
 * from a fresh start on this project's 2-core machine, robots.txt cost 6.2 ms a
 * request over the first 300 and 2.7 ms after 2,000, and an article miss fell
 * from 21 ms over the first 200 to 13 ms by the 2,000th. The budget is what a miss
 * costs a site that has been running, so the figures come after this many
 * distinct misses of the other locale (never the measured articles); the bench
 * prints the warm-up's own figure beside them.
 */
export const WARM_UP_MISSES = 1000; // USER_HZ: 100 on every Linux Podium runs on (getconf CLK_TCK)

/** The name and CPU seconds (utime, stime) of a /proc/<pid>/stat or /proc/<pid>/task/<tid>/stat file; null once it has ended. */
function statTimes(file: string): { name: string; user: number; system: number } | null {
  let stat: string;
  try {
    stat = readFileSync(file, "utf8");
  } catch {
    return null;
  }
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return {
    name: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")),
    user: Number(fields[11]) / TICKS_PER_SECOND, // utime, stime: fields 14 and 15 of stat
    system: Number(fields[12]) / TICKS_PER_SECOND,
  };
}

/** CPU seconds (utime + stime) used so far by `pid` and its descendants. */
export function cpuSeconds(pid: number): number {
  let seconds = 0;
  for (const p of descendants(pid)) {
    const times = statTimes(`/proc/${p}/stat`);
    if (times) seconds += times.user + times.system;
  }
  return seconds;
}

/**
 * CPU seconds (user, system) by thread name (/proc/<pid>/task/<tid>/stat) over `pid`
 * and its descendants: the main thread (named after the process title, "next-server"),
 * V8's GC and compiler helpers ("node" on Node 20, "V8Worker" on Node 24), libuv's pool.
 */
export function cpuByThread(pid: number): Map<string, { user: number; system: number }> {
  const out = new Map<string, { user: number; system: number }>();
  for (const p of descendants(pid)) {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      continue; // ended
    }
    for (const tid of tasks) {
      const times = statTimes(`/proc/${p}/task/${tid}/stat`);
      if (!times) continue;
      const name = times.name.replace(/[0-9]+$/, "").trim();
      const row = out.get(name) ?? { user: 0, system: 0 };
      row.user += times.user;
      row.system += times.system;
      out.set(name, row);
    }
  }
  return out;
}

/** The CPU ms per request each thread name spent between two cpuByThread readings. */
export function threadShares(before: ReturnType<typeof cpuByThread>, after: ReturnType<typeof cpuByThread>, requests: number) {
  const round = (s: number) => Math.round((s * 100_000) / requests) / 100;
  return [...after]
    .map(([thread, now]) => {
      const then = before.get(thread) ?? { user: 0, system: 0 };
      return { thread, "user ms/request": round(now.user - then.user), "system ms/request": round(now.system - then.system) };
    })
    .filter((row) => row["user ms/request"] + row["system ms/request"] > 0)
    .sort((a, b) => b["user ms/request"] + b["system ms/request"] - (a["user ms/request"] + a["system ms/request"]));
}

export type MissCost = { requests: number; cpuMsPerMiss: number; wallMsPerMiss: number; wallMedianMs: number };

/**
 * Requests each path once, one at a time, and returns the server's CPU per
 * request. Every path must answer 200 and be a miss (x-nextjs-cache MISS, or
 * no such header: a dynamic render), or the figure would be diluted by hits.
 */
export async function missCost(base: string, serverPid: number, paths: string[]): Promise<MissCost> {
  const walls: number[] = [];
  const cpuBefore = cpuSeconds(serverPid);
  const started = performance.now();
  for (const p of paths) {
    const t0 = performance.now();
    const response = await fetch(base + p, { redirect: "manual" });
    await response.arrayBuffer();
    walls.push(performance.now() - t0);
    if (response.status !== 200) throw new Error(`${p} answered ${response.status}`);
    const cache = response.headers.get("x-nextjs-cache");
    if (cache && cache !== "MISS") throw new Error(`${p} was not a miss (x-nextjs-cache: ${cache})`);
  }
  const wall = performance.now() - started;
  // Next stores the rendered entry after answering: let that work land in the figure.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const cpu = cpuSeconds(serverPid) - cpuBefore;
  walls.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    requests: paths.length,
    cpuMsPerMiss: round((cpu * 1000) / paths.length),
    wallMsPerMiss: round(wall / paths.length),
    wallMedianMs: round(walls[Math.floor(walls.length / 2)]!),
  };
}

/**
 * Server CPU per request of one path asked `count` times in a row, after 20
 * unmeasured asks: the floor a miss is set against. For a stored page it is the
 * cost of a hit; for a route that does almost nothing (robots.txt), the cost of
 * Next's request handling itself, which no render can go below.
 */
export async function repeatCost(base: string, serverPid: number, path: string, count = 300): Promise<number> {
  const ask = async () => {
    const response = await fetch(base + path);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  };
  for (let i = 0; i < 20; i++) await ask();
  const cpuBefore = cpuSeconds(serverPid);
  for (let i = 0; i < count; i++) await ask();
  await new Promise((resolve) => setTimeout(resolve, 300));
  return Math.round(((cpuSeconds(serverPid) - cpuBefore) * 10_000) / count) / 10;
}
