// Starting and measuring the servers under test.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

/** The server's Node flags, as `npm start` passes them (package.json): its heap settings. */
export function startFlags(): string[] {
  const script = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts.start!;
  return [...script.matchAll(/--[a-z-]+-space-size=\d+/g)].map((m) => m[0]);
}

export async function waitForHttp(url: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export type Server = { process: ChildProcess; stop: () => Promise<void> };

export function startProcess(command: string, args: string[], env: Record<string, string>): Server {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  child.stdout?.on("data", (d) => (log = (log + d).slice(-4000)));
  child.stderr?.on("data", (d) => (log = (log + d).slice(-4000)));
  child.on("exit", (code) => {
    if (code && code !== 0 && code !== 143) console.error(`${command} exited with ${code}:\n${log}`);
  });
  return {
    process: child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        try {
          process.kill(-child.pid!, "SIGTERM");
        } catch {
          resolve();
        }
      }),
  };
}

/** `pid` and every descendant pid (the Next server may run its work in child processes). */
export function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // process ended while we looked
    }
  }
  const out: number[] = [];
  const stack = [pid];
  while (stack.length) {
    const next = stack.pop()!;
    out.push(next);
    stack.push(...(children.get(next) ?? []));
  }
  return out;
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of a process tree, in MB: now, and the peak (high-water mark) of each process summed. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const pids = descendants(pid);
  const sum = (field: "VmRSS" | "VmHWM") => pids.reduce((total, p) => total + statusKb(p, field), 0) / 1024;
  return { rssMb: Math.round(sum("VmRSS")), peakMb: Math.round(sum("VmHWM")) };
}
