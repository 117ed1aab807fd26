// wrk, the load generator for figures where the client's own cost must not
// decide the result: autocannon parses every body in JavaScript on the same two
// cores, so on bodies of 100 KB and more it, not the server, sets the rate.
import { spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";

export type WrkResult = {
  rps: number;
  p50: number;
  p99: number;
  /** Socket errors (connect, read, write, timeout) plus non-2xx/3xx answers. */
  errors: number;
  bytesPerReq: number;
};
export function wrkBinary(): string | null {
  return spawnSync("which", ["wrk"], { encoding: "utf8" }).stdout.trim() || null;
}

// wrk reports through a Lua `done` hook (no per-request Lua, which would slow wrk down).
export const WRK_REPORT = `done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK_JSON {"requests":%d,"duration":%d,"bytes":%d,"socket":%d,"status":%d,"p50":%d,"p99":%d}\\n',
    summary.requests, summary.duration, summary.bytes, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(99)))
end
`;

export function runWrk(wrk: string, script: string, url: string, connections: number, seconds: number, headers: Record<string, string>): Promise<WrkResult> {
  const args = ["-t1", `-c${connections}`, `-d${seconds}s`, "--timeout", "10s", "-s", script];
  for (const [k, v] of Object.entries(headers)) args.push("-H", `${k}: ${v}`);
  args.push(url);
  return new Promise((resolve, reject) => {
    const child = spawn(wrk, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("exit", () => {
      const line = /WRK_JSON (\{.*\})/.exec(out)?.[1];
      if (!line) return reject(new Error(`wrk printed no report for ${url}:\n${out}`));
      const r = JSON.parse(line) as { requests: number; duration: number; bytes: number; socket: number; status: number; p50: number; p99: number };
      resolve({
        rps: Math.round(r.requests / (r.duration / 1e6)),
        p50: Math.round(r.p50 / 100) / 10,
        p99: Math.round(r.p99 / 100) / 10,
        errors: r.socket + r.status,
        bytesPerReq: r.requests ? Math.round(r.bytes / r.requests) : 0,
      });
    });
  });
}


/** The report script written once to `dir`; its path is runWrk's `script`. */
export function writeWrkReport(dir: string): string {
  const file = path.join(dir, "wrk-report.lua");
  writeFileSync(file, WRK_REPORT);
  return file;
}
