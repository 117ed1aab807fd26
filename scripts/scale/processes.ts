// Child processes of the scale test: each in its own process group, its output
// kept (the tail is printed when something fails), and all of them killed when
// the test ends, however it ends.
import { spawn, type ChildProcess } from "node:child_process";
import { createConnection } from "node:net";

export type Proc = {
  name: string;
  child: ChildProcess;
  /** The last few KB of stdout and stderr. */
  log: () => string;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends `signal` to the process (not its group) and waits for the exit, then SIGKILLs the group. */
  stop: (signal?: NodeJS.Signals, graceMs?: number) => Promise<void>;
};

const running = new Set<Proc>();

export function startProcess(name: string, command: string, args: string[], env: Record<string, string | undefined> = {}): Proc {
  const child = spawn(command, args, {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // own process group: killed as a whole at the end
  });
  let log = "";
  const keep = (d: Buffer) => (log = (log + d.toString()).slice(-6000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal }));
    child.once("error", (error) => {
      keep(Buffer.from(String(error)));
      resolve({ code: -1, signal: null });
    });
  });
  const proc: Proc = {
    name,
    child,
    log: () => log,
    exited,
    stop: async (signal = "SIGTERM", graceMs = 10_000) => {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(child.pid!, signal);
        } catch {
          // already gone
        }
        const timer = new Promise<"timeout">((r) => setTimeout(() => r("timeout"), graceMs).unref());
        if ((await Promise.race([exited, timer])) === "timeout") killGroup(child);
      }
      await exited;
      killGroup(child); // anything it left behind in its group
      running.delete(proc);
    },
  };
  running.add(proc);
  void exited.then(() => running.delete(proc));
  return proc;
}

function killGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, "SIGKILL");
  } catch {
    // no such group any more
  }
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((p) => p.stop("SIGTERM", 5_000)));
}

let onInterrupt: (() => Promise<void>) | undefined;

/** What to undo (database, Redis keys) when the test is interrupted; children are killed anyway. */
export function setInterruptCleanup(cleanup: () => Promise<void>): void {
  onInterrupt = cleanup;
}

// A last resort when the test itself is interrupted or crashes: no child outlives it.
process.once("exit", () => {
  for (const p of running) killGroup(p.child);
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.once(signal, () => {
    for (const p of running) killGroup(p.child);
    const bounded = new Promise<void>((r) => setTimeout(r, 10_000).unref());
    void Promise.race([onInterrupt?.().catch(() => undefined), bounded]).finally(() => process.exit(130));
  });
}

/** True when something already listens on host:port (the test must not talk to a stranger's server). */
export function portInUse(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number, everyMs = 100): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch {
      // not yet
    }
    if (Date.now() > until) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(everyMs);
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
