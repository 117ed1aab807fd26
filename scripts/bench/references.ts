// The ceilings measured beside Podium in the same run: a raw Node http server
// and (where installed) nginx, both sending the exact bytes of the article page.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startProcess, waitForHttp, type Server } from "./processes";

export async function startRawNode(body: Buffer, port: number, workDir: string): Promise<Server> {
  const file = path.join(workDir, "raw-article.html");
  writeFileSync(file, body);
  const server = startProcess(process.execPath, [path.join(import.meta.dirname, "raw-server.mjs"), file, String(port)], {});
  await waitForHttp(`http://127.0.0.1:${port}/`, 10_000);
  return server;
}

export function nginxBinary(): string | null {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx"]) if (existsSync(candidate)) return candidate;
  return spawnSync("which", ["nginx"], { encoding: "utf8" }).stdout.trim() || null;
}

export async function startNginx(binary: string, body: Buffer, port: number, workDir: string): Promise<Server> {
  // Started as root, nginx's workers run as an unprivileged user: they must be able to read the page.
  chmodSync(workDir, 0o755);
  mkdirSync(path.join(workDir, "html"), { recursive: true, mode: 0o755 });
  writeFileSync(path.join(workDir, "html", "article.html"), body);
  const conf = `worker_processes 1;
pid ${workDir}/nginx.pid;
error_log ${workDir}/error.log;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush off;
  tcp_nodelay on;
  keepalive_requests 100000;
  client_body_temp_path ${workDir}/tmp; proxy_temp_path ${workDir}/tmp; fastcgi_temp_path ${workDir}/tmp; uwsgi_temp_path ${workDir}/tmp; scgi_temp_path ${workDir}/tmp;
  server {
    listen 127.0.0.1:${port};
    location / { root ${workDir}/html; default_type text/html; try_files /article.html =404; }
  }
}
`;
  mkdirSync(path.join(workDir, "tmp"), { recursive: true });
  writeFileSync(path.join(workDir, "nginx.conf"), conf);
  const server = startProcess(binary, ["-c", path.join(workDir, "nginx.conf"), "-p", workDir], {});
  await waitForHttp(`http://127.0.0.1:${port}/`, 10_000);
  return server;
}
