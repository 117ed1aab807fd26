// Node 24, the Node the Docker image runs (Node 20, which these machines have,
// reached its end of life in April 2026), for what must run on it here: the unit
// and integration tests once more (scripts/ci-node24.sh), the standalone server
// (scripts/check-deploy.sh) and the bench's second article-miss run.
// It is the npm registry's `node-linux-<arch>` package, the official binary and
// nothing else (the registry's `node` package only installs that same package
// from a preinstall script, which npm 11 blocks unless allowed), installed with
// --ignore-scripts into a folder of its own outside the checkout (NODE24_DIR,
// default ~/.cache/podium-node24), so the project's node_modules stay as they are.
//
//   npx tsx scripts/node24.ts      prints the binary's path (installing it first if need be)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

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

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const node = node24Binary();
  if ("missing" in node) {
    console.error(`node24: ${node.missing}`);
    process.exit(1);
  }
  console.log(node.path);
}
