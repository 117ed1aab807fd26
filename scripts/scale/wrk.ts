// wrk (Debian's) with a Lua script that spreads requests over a list of paths
// and prints its totals as one JSON line, so the test reads numbers, not
// wrk's human-readable report.
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

export type WrkResult = {
  requests: number;
  seconds: number;
  errors: { connect: number; read: number; write: number; status: number; timeout: number };
  p50ms: number;
  p99ms: number;
  maxMs: number;
};

/** `paths` entries may end in "?*" for a random query (a fresh nginx cache key, so a miss). */
export function runWrk(base: string, paths: string[], o: { connections: number; seconds: number; threads?: number; dir: string }): Promise<WrkResult> {
  const script = join(o.dir, `wrk-${Date.now()}.lua`);
  writeFileSync(
    script,
    `local paths = { ${paths.map((p) => JSON.stringify(p)).join(", ")} }
local n = 0
math.randomseed(os.time())
request = function()
  n = n + 1
  local p = paths[(n % #paths) + 1]
  if p:sub(-2) == "?*" then p = p:sub(1, -2) .. "scale=" .. math.random(1, 1000000000) end
  return wrk.format("GET", p)
end
done = function(summary, latency, requests)
  io.write(string.format('WRK_JSON {"requests":%d,"seconds":%.3f,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},"p50ms":%.2f,"p99ms":%.2f,"maxMs":%.2f}\\n',
    summary.requests, summary.duration / 1e6, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
`,
  );
  const args = [`-t${o.threads ?? 2}`, `-c${o.connections}`, `-d${o.seconds}s`, "--timeout", "10s", "-s", script, base];
  return new Promise((resolve, reject) => {
    execFile("wrk", args, { maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      const line = /WRK_JSON (.*)/.exec(stdout)?.[1];
      if (!line) return reject(new Error(`wrk gave no totals: ${String(error ?? "")} ${stdout} ${stderr}`));
      resolve(JSON.parse(line) as WrkResult);
    });
  });
}
