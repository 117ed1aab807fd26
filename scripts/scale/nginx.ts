// nginx with the shipped bare-process config, unchanged:
// deploy/nginx/local/nginx.conf (public 127.0.0.1:8080, refresh
// 127.0.0.1:8081, ../upstream.local.conf, ../podium.conf), run unprivileged
// with its prefix (pid, temp folders, caches, access.log) in the test's temp folder.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { portInUse, startProcess, waitFor, type Proc } from "./processes";
import { request } from "./http";

export const NGINX_CONF = resolve("deploy/nginx/local/nginx.conf");
/** What deploy/nginx/local/listen.*.conf say. */
export const NGINX_PORTS = { public: 8080, refresh: 8081 } as const;

export type Nginx = { proc: Proc; prefix: string; accessLog: () => string; stop: () => Promise<void> };

function preparePrefix(prefix: string): void {
  mkdirSync(prefix, { recursive: true });
  // Started as root, nginx runs its workers as `nobody`: they must be able to
  // reach the cache folders it creates (and chowns) under the prefix.
  chmodSync(dirname(prefix), 0o755);
  chmodSync(prefix, 0o755);
}

/** `nginx -t` on the shipped config: throws with nginx's message when it fails. */
export function testNginxConfig(prefix: string): void {
  preparePrefix(prefix);
  execFileSync("nginx", ["-t", "-q", "-p", `${prefix}/`, "-c", NGINX_CONF, "-e", "stderr"], { stdio: ["ignore", "pipe", "pipe"] });
}

export async function startNginx(prefix: string): Promise<Nginx> {
  testNginxConfig(prefix);
  const proc = startProcess("nginx", "nginx", ["-p", `${prefix}/`, "-c", NGINX_CONF, "-e", "stderr", "-g", "daemon off;"]);
  // Probe what nginx answers itself (the refresh listener's 404 for /admin,
  // then a TCP connect to the public port): a request through to an instance
  // that is not up would mark it failed for fail_timeout (5 s of 502s).
  await waitFor("nginx listening", async () => ((await request(`http://127.0.0.1:${NGINX_PORTS.refresh}/admin`)).status === 404 ? true : undefined), 10_000, 50);
  await waitFor("nginx public port", async () => ((await portInUse(NGINX_PORTS.public)) ? true : undefined), 5_000, 50);
  return {
    proc,
    prefix,
    accessLog: () => {
      try {
        return readFileSync(join(prefix, "access.log"), "utf8");
      } catch {
        return "";
      }
    },
    stop: () => proc.stop("SIGQUIT", 5_000),
  };
}
