// nginx with the shipped config (deploy/nginx/podium.conf and
// upstream.local.conf, unchanged), run unprivileged with its prefix in the
// test's temp folder. Only the main file and the two listen files are the
// test's own: the same shape as deploy/nginx/nginx.conf, with loopback
// listeners on 8080 (public) and 8081 (refresh) and an access log for the
// report.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { portInUse, startProcess, waitFor, type Proc } from "./processes";
import { request } from "./http";

export const NGINX_DIR = resolve("deploy/nginx");

export type Nginx = { proc: Proc; prefix: string; accessLog: () => string; stop: () => Promise<void> };

export function writeNginxPrefix(prefix: string, ports: { public: number; refresh: number }): string {
  mkdirSync(prefix, { recursive: true });
  // Started as root, nginx runs its workers as `nobody`: they must be able to
  // reach the cache folders it creates (and chowns) under the prefix.
  chmodSync(dirname(prefix), 0o755);
  chmodSync(prefix, 0o755);
  writeFileSync(join(prefix, "listen.public.conf"), `listen 127.0.0.1:${ports.public};\n`);
  writeFileSync(join(prefix, "listen.refresh.conf"), `listen 127.0.0.1:${ports.refresh};\n`);
  const conf = join(prefix, "nginx.conf");
  writeFileSync(
    conf,
    `# Written by scripts/scale/nginx.ts: deploy/nginx/nginx.conf with the local upstream and loopback listeners.
worker_processes 2;
pid nginx.pid;
error_log stderr warn;
error_log error.log warn;
events { worker_connections 2048; }
http {
    include ${join(NGINX_DIR, "upstream.local.conf")};
    include ${join(NGINX_DIR, "podium.conf")};
    access_log access.log podium buffer=16k flush=1s;
}
`,
  );
  return conf;
}

/** `nginx -t` on the shipped config: throws with nginx's message when it fails. */
export function testNginxConfig(prefix: string, conf: string): string {
  return execFileSync("nginx", ["-t", "-p", `${prefix}/`, "-c", conf, "-e", "stderr"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }) || "ok";
}

export async function startNginx(prefix: string, ports: { public: number; refresh: number }): Promise<Nginx> {
  const conf = writeNginxPrefix(prefix, ports);
  testNginxConfig(prefix, conf);
  const proc = startProcess("nginx", "nginx", ["-p", `${prefix}/`, "-c", conf, "-e", "stderr", "-g", "daemon off;"]);
  // Probe what nginx answers itself (the refresh listener's 404 for /admin,
  // then a TCP connect to the public port): a request through to an instance
  // that is not up would mark it failed for fail_timeout (5 s of 502s).
  await waitFor("nginx listening", async () => ((await request(`http://127.0.0.1:${ports.refresh}/admin`)).status === 404 ? true : undefined), 10_000, 50);
  await waitFor("nginx public port", async () => ((await portInUse(ports.public)) ? true : undefined), 5_000, 50);
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
