// The Node the Docker image runs (24; Node 20, which these machines have, reached
// its end of life in April 2026), for the bench's second article-miss run: the
// app's server CPU per miss on the runtime it ships with, beside this machine's.
// Installed as scripts/ci-node24.sh installs it: the npm registry's official
// `node-linux-<arch>` binary, in a folder of its own (NODE24_DIR, default
// ~/.cache/podium-node24), with the project's node_modules used as they are.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const MAJOR = 24;

/** The Node 24 binary (installing it on first use), or why there is none. */
export function node24Binary(): { path: string; version: string } | { missing: string } {
  if (process.version.startsWith(`v${MAJOR}.`)) return { path: process.execPath, version: process.version };
  const arch = { x64: "x64", arm64: "arm64" }[os.arch()];
  if (!arch) return { missing: `no node-linux package for ${os.arch()}` };
  const dir = process.env.NODE24_DIR ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), ".cache"), "podium-node24");
  const binary = path.join(dir, "node_modules", `node-linux-${arch}`, "bin", "node");
  if (!existsSync(binary)) {
    mkdirSync(dir, { recursive: true });
    const install = spawnSync(
      "npm",
      ["install", "--prefix", dir, "--no-save", "--no-package-lock", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error", `node-linux-${arch}@${MAJOR}`],
      { stdio: "ignore" },
    );
    if (install.status !== 0 || !existsSync(binary)) return { missing: `npm could not install node-linux-${arch}@${MAJOR}` };
  }
  const version = spawnSync(binary, ["-v"], { encoding: "utf8" }).stdout.trim();
  return version.startsWith(`v${MAJOR}.`) ? { path: binary, version } : { missing: `${binary} is ${version || "not runnable"}` };
}
