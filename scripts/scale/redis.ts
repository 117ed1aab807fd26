// Redis as the scale test sees it, through redis-cli (no client library
// needed): the keys and memory of one key prefix, deleting only that prefix,
// and a private redis-server the test may kill.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { startProcess, waitFor, type Proc } from "./processes";

const run = promisify(execFile);

async function cli(port: number, args: string[], input?: string): Promise<string> {
  if (input === undefined) return (await run("redis-cli", ["-h", "127.0.0.1", "-p", String(port), ...args], { maxBuffer: 64 << 20 })).stdout;
  return new Promise((resolve, reject) => {
    const child = execFile("redis-cli", ["-h", "127.0.0.1", "-p", String(port), ...args], { maxBuffer: 64 << 20 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
    child.stdin!.end(input);
  });
}

export async function ping(port: number): Promise<boolean> {
  try {
    return (await cli(port, ["PING"])).trim() === "PONG";
  } catch {
    return false;
  }
}

/** Every key under `<prefix>:`. */
export async function keysOf(port: number, prefix: string): Promise<string[]> {
  const out = await cli(port, ["--scan", "--pattern", `${escapeGlob(prefix)}:*`]);
  return out.split("\n").filter(Boolean);
}

/** Sum of MEMORY USAGE over the prefix's keys, and how many there are. */
export async function memoryOf(port: number, prefix: string): Promise<{ keys: number; bytes: number }> {
  const keys = await keysOf(port, prefix);
  if (!keys.length) return { keys: 0, bytes: 0 };
  const out = await cli(port, [], keys.map((k) => `MEMORY USAGE ${quote(k)} SAMPLES 0\n`).join(""));
  const bytes = out
    .split("\n")
    .map((l) => Number(l.trim()))
    .filter((n) => Number.isFinite(n))
    .reduce((a, b) => a + b, 0);
  return { keys: keys.length, bytes };
}

/** Deletes the prefix's keys and nothing else. */
export async function deletePrefix(port: number, prefix: string): Promise<number> {
  const keys = await keysOf(port, prefix);
  if (keys.length) await cli(port, [], keys.map((k) => `UNLINK ${quote(k)}\n`).join(""));
  return keys.length;
}

export type PrivateRedis = { port: number; proc: Proc; stop: (signal?: NodeJS.Signals) => Promise<void> };

/** A redis-server of the test's own (no persistence), which it may kill and restart. */
export async function startPrivateRedis(port: number): Promise<PrivateRedis> {
  const proc = startProcess(`redis:${port}`, "redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", "/tmp"]);
  await waitFor(`redis-server on :${port}`, async () => ((await ping(port)) ? true : undefined), 10_000, 50);
  return { port, proc, stop: (signal = "SIGKILL") => proc.stop(signal, 3_000) };
}

const escapeGlob = (s: string) => s.replace(/[*?[\]\\]/g, "\\$&");
/** redis-cli's inline syntax: double quotes with backslash escapes. */
const quote = (s: string) => `"${s.replace(/["\\]/g, "\\$&")}"`;
