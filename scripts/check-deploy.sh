#!/usr/bin/env bash
# Static checks of the deploy files, for machines with the Docker client but no engine
# (these machines and CI): nothing here builds an image or starts a container.
#
#   bash scripts/check-deploy.sh
#
# 1. compose.yaml: `docker compose config -q` (or Debian's `docker-compose` 1.29), the
#    required variables really are required, and the topology the app relies on
#    (TRUSTED_PROXIES is nginx's fixed address, only port 80 published, the refresh
#    listener's port is EDGE_REFRESH_URL's, the mounted nginx files exist, ...).
# 2. Dockerfile: a small lint without an engine: stages parse, every FROM is pinned to a
#    tag, COPY --from names an earlier stage, the final stage runs as a non-root USER,
#    has a HEALTHCHECK on /api/health and an exec-form CMD, and the files it copies exist.
#    (hadolint ships neither on npm nor in Debian, so it is not used.)
# 3. nginx -t on the shipped config (Debian's nginx 1.22; compose runs nginx 1.27):
#    nginx -t resolves upstream host names, and app1/app2 only resolve inside compose, so
#    it checks the bare-process variant as shipped (local/nginx.conf: upstream.local.conf),
#    and then nginx.conf unchanged with a copy of upstream.compose.conf whose host names
#    are rewritten to loopback addresses (the rest of that file is checked as shipped).
#
# 4. With --standalone (not static; a few minutes): the image's content without Docker.
#    In a copy of the checkout (its own .next stays as it is), `NEXT_OUTPUT=standalone
#    npm run build` as the build stage runs it; the runner stage assembled by the
#    Dockerfile's own `COPY --from=build` lines; its smoke RUN; then, under Node 24 (the
#    image's Node, from the registry as scripts/ci-node24.sh gets it) and as an
#    unprivileged user when run as root: `node migrate.mjs` twice on a scratch database
#    (DATABASE_URL's server), `node server.js` without and with REDIS_URL (a key prefix
#    of its own, deleted after), /api/health, /en, /en/news, an unknown article, a share image, a search,
#    the image's HEALTHCHECK command, and
#    SIGTERM -> exit 143. Loopback only (HOSTNAME=127.0.0.1 instead of the image's 0.0.0.0).
#
# Prints each check and a closing "N passed, N failed" line; exits 1 if any failed.
# NGINX_DIR overrides deploy/nginx.
set -uo pipefail
cd "$(dirname "$0")/.."

NGINX_DIR="${NGINX_DIR:-deploy/nginx}"
passed=0
failed=0
ok() { echo "  ok    $*"; passed=$((passed + 1)); }
bad() { echo "  FAIL  $*"; failed=$((failed + 1)); }
# The node parts print "  ok    …" / "  FAIL  …" lines; count them into the totals.
count_part() { # <file with a node part's output>
  cat "$1"
  passed=$((passed + $(grep -c '^  ok ' "$1")))
  failed=$((failed + $(grep -c '^  FAIL' "$1")))
  # A part that crashed before printing its checks must not pass silently.
  if ! grep -qE '^  (ok|FAIL)' "$1"; then bad "the check above printed no result"; fi
}
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# ---------------------------------------------------------------- compose
echo "compose.yaml"
compose=()
if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then
  compose=(docker-compose)
fi
if [ ${#compose[@]} -eq 0 ]; then
  bad "neither 'docker compose' nor 'docker-compose' is installed (apt-get install docker-compose)"
else
  echo "  using: ${compose[*]} ($("${compose[@]}" version --short 2>/dev/null || echo '?'))"
  # An env file of our own: a developer's .env must neither help nor break the check.
  printf 'POSTGRES_PASSWORD=check-only\nAUTH_SECRET=check-only-secret\n' >"$tmp/full.env"
  printf 'POSTGRES_PASSWORD=check-only\n' >"$tmp/no-secret.env"
  printf 'AUTH_SECRET=check-only-secret\n' >"$tmp/no-password.env"
  run_compose() { env -u POSTGRES_PASSWORD -u AUTH_SECRET -u REDIS_URL -u SITE_URL -u HTTP_PORT -u PODIUM_IMAGE \
    "${compose[@]}" --env-file "$1" -f compose.yaml "${@:2}"; }

  if out="$(run_compose "$tmp/full.env" config -q 2>&1)"; then
    ok "config -q parses compose.yaml"
  else
    bad "config -q: $out"
  fi
  for pair in "no-secret:AUTH_SECRET" "no-password:POSTGRES_PASSWORD"; do
    file="${pair%%:*}"; var="${pair#*:}"
    if out="$(run_compose "$tmp/$file.env" config -q 2>&1)"; then
      bad "config accepts a missing $var (it must stop with a message)"
    elif grep -q "Set $var" <<<"$out"; then
      ok "a missing $var stops compose with its message"
    else
      bad "a missing $var fails, but without the expected message: $out"
    fi
  done

  if run_compose "$tmp/full.env" config >"$tmp/resolved.yaml" 2>"$tmp/config.err"; then
    # The resolved file has the same shape in compose v1 and v2, except ports and
    # volumes (short strings in v1, objects in v2): both are handled.
    NGINX_DIR="$NGINX_DIR" node --input-type=module - "$tmp/resolved.yaml" >"$tmp/part.out" 2>&1 <<'EOF'
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

const config = parse(readFileSync(process.argv[2], "utf8"));
const services = config.services ?? {};
let failures = 0;
const check = (condition, what) => {
  console.log(`  ${condition ? "ok  " : "FAIL"}  ${what}`);
  if (!condition) failures++;
};

for (const name of ["db", "redis", "migrate", "app1", "app2", "nginx"]) check(services[name], `service ${name} exists`);
const { app1 = {}, app2 = {}, migrate = {}, nginx = {}, redis = {}, db = {} } = services;
const env = app1.environment ?? {};

check(app1.image && app1.image === app2.image && app1.image === migrate.image, `app1, app2 and migrate run one image (${app1.image})`);
for (const key of ["DATABASE_URL", "REDIS_URL", "AUTH_SECRET", "SITE_URL", "EDGE_REFRESH_URL", "TRUSTED_PROXIES"]) {
  check(env[key] && env[key] === app2.environment?.[key], `app1 and app2 set the same ${key}`);
}
check(String(env.AUTH_TRUST_HOST) === "true", "AUTH_TRUST_HOST=true behind the proxy");
check(env.DATABASE_URL === migrate.environment?.DATABASE_URL, "migrate uses the apps' DATABASE_URL");
check(app1.init === true && app2.init === true, "init: true (signals forwarded, zombies reaped)");
const grace = (s) => Number(String(s ?? "0").replace(/s$/, ""));
check(grace(app1.stop_grace_period) >= 15 && grace(app2.stop_grace_period) >= 15, `stop_grace_period >= 15s (${app1.stop_grace_period})`);
check(app1.depends_on?.migrate?.condition === "service_completed_successfully", "apps start after migrate completed");
check(migrate.depends_on?.db?.condition === "service_healthy", "migrate starts after db is healthy");
check(JSON.stringify(db.healthcheck?.test ?? []).includes("pg_isready"), "db has a pg_isready healthcheck");
check(JSON.stringify(migrate.command) === JSON.stringify(["node", "migrate.mjs"]), "migrate runs `node migrate.mjs`");
const redisArgs = (redis.command ?? []).join(" ");
check(/--maxmemory-policy volatile-lru/.test(redisArgs) && /--maxmemory \S+/.test(redisArgs), "redis: maxmemory with volatile-lru (never evicts the tag hash)");
check(/--save\s+(''|"")?\s*(--|$)/.test(redisArgs.replace("--save  ", "--save '' ")) && /--appendonly no/.test(redisArgs), "redis: no persistence");

// nginx: its fixed address is exactly what the apps trust.
const nginxNet = Object.values(nginx.networks ?? {})[0] ?? {};
const subnet = Object.values(config.networks ?? {})[0]?.ipam?.config?.[0]?.subnet ?? "";
check(nginxNet.ipv4_address && env.TRUSTED_PROXIES === nginxNet.ipv4_address, `TRUSTED_PROXIES (${env.TRUSTED_PROXIES}) is nginx's ipv4_address (${nginxNet.ipv4_address})`);
const inSubnet = (ip, cidr) => {
  const [base, bits] = cidr.split("/");
  const n = (a) => a.split(".").reduce((x, o) => x * 256 + Number(o), 0);
  const mask = 2 ** 32 - 2 ** (32 - Number(bits));
  return base && ip ? (n(ip) & mask) >>> 0 === (n(base) & mask) >>> 0 : false;
};
check(inSubnet(nginxNet.ipv4_address, subnet), `nginx's address is inside the network's fixed subnet (${subnet})`);
check(nginx.depends_on?.app1?.condition === "service_healthy" && nginx.depends_on?.app2?.condition === "service_healthy", "nginx starts after both apps are healthy (it resolves them once)");

// Ports: only the public listener is published; the refresh listener stays internal.
const targets = (nginx.ports ?? []).map((p) => Number(typeof p === "object" ? p.target : String(p).split("/")[0].split(":").at(-1)));
check(targets.length === 1 && targets[0] === 80, `nginx publishes container port 80 only (${targets.join(", ") || "none"})`);
for (const [name, service] of Object.entries(services)) if (name !== "nginx") check(!service.ports?.length, `${name} publishes no port`);
const refreshPort = Number(new URL(env.EDGE_REFRESH_URL ?? "http://x").port || 80);
check(new URL(env.EDGE_REFRESH_URL ?? "http://x").hostname === "nginx" && !targets.includes(refreshPort), `EDGE_REFRESH_URL (${env.EDGE_REFRESH_URL}) is nginx on an unpublished port`);

// The mounted nginx config: files present, and the -c path is inside the mount.
const mounts = (nginx.volumes ?? []).map((v) =>
  typeof v === "object" ? { source: v.source, target: v.target } : { source: v.split(":")[0], target: v.split(":")[1] },
);
const cIndex = (nginx.command ?? []).indexOf("-c");
const mainConf = cIndex >= 0 ? nginx.command[cIndex + 1] : "/etc/nginx/nginx.conf";
const mount = mounts.find((m) => mainConf === m.target || mainConf.startsWith(`${m.target}/`));
check(mount, `nginx's -c ${mainConf} lies in a mounted path`);
const nginxDir = path.resolve(process.env.NGINX_DIR);
if (mount) check(path.resolve(mount.source) === nginxDir || path.resolve(mount.source).startsWith(`${nginxDir}/`), `the mount's source is ${process.env.NGINX_DIR} (${mount.source})`);
for (const file of ["nginx.conf", "podium.conf", "upstream.compose.conf"]) {
  check(existsSync(path.join(nginxDir, file)), `${process.env.NGINX_DIR}/${file} exists`);
}
const tmpfs = [].concat(nginx.tmpfs ?? []);
check(tmpfs.length > 0 && (nginx.command ?? []).includes("-p") && tmpfs.some((t) => nginx.command[nginx.command.indexOf("-p") + 1].startsWith(t)), "nginx's prefix (-p: pid, temp, cache) is a tmpfs");

// The listen files, where the config has them: ports must match compose.
const listenPort = (file) => {
  const full = path.join(nginxDir, file);
  if (!existsSync(full)) return null;
  const m = /^\s*listen\s+(?:[\d.]+:)?(\d+)/m.exec(readFileSync(full, "utf8"));
  return m ? Number(m[1]) : NaN;
};
const pub = listenPort("listen.public.conf");
const ref = listenPort("listen.refresh.conf");
if (pub === null || ref === null) console.log("  skip  listen ports vs compose: listen.public.conf / listen.refresh.conf not in the nginx folder");
else {
  check(pub === targets[0], `listen.public.conf listens on the published port (${pub})`);
  check(ref === refreshPort, `listen.refresh.conf listens on EDGE_REFRESH_URL's port (${ref})`);
}
// The refresh listener admits only the addresses it allows: the apps' network must be one of them,
// or every edge refresh is refused (403) and only the short TTL keeps pages current.
const podiumConf = existsSync(path.join(nginxDir, "podium.conf")) ? readFileSync(path.join(nginxDir, "podium.conf"), "utf8") : "";
const allowed = [...podiumConf.matchAll(/^\s*allow\s+([\d.]+\/\d+)\s*;/gm)].map((m) => m[1]);
const [subnetBase, subnetBits] = subnet.split("/");
check(allowed.some((cidr) => inSubnet(subnetBase, cidr) && Number(subnetBits) >= Number(cidr.split("/")[1])), `the apps' subnet ${subnet} is inside an \`allow\` of podium.conf (${allowed.join(", ") || "none"})`);
const upstream = existsSync(path.join(nginxDir, "upstream.compose.conf")) ? readFileSync(path.join(nginxDir, "upstream.compose.conf"), "utf8") : "";
for (const name of ["app1", "app2"]) check(new RegExp(`server\\s+${name}:3000\\b`).test(upstream), `upstream.compose.conf names ${name}:3000`);

process.exit(failures ? 1 : 0);
EOF
    [ $? -le 1 ] || bad "the compose topology check crashed"
    count_part "$tmp/part.out"
  else
    bad "config: $(cat "$tmp/config.err")"
  fi
fi

# ---------------------------------------------------------------- Dockerfile
echo "Dockerfile"
node --input-type=module - Dockerfile .dockerignore >"$tmp/part.out" 2>&1 <<'EOF'
import { existsSync, readFileSync } from "node:fs";

const [file, ignoreFile] = process.argv.slice(2);
let failures = 0;
const check = (condition, what) => {
  console.log(`  ${condition ? "ok  " : "FAIL"}  ${what}`);
  if (!condition) failures++;
};

// Logical lines: comments dropped, backslash continuations joined (the parser directive
// `# syntax=` is a comment here too).
const lines = [];
let pending = "";
for (const raw of readFileSync(file, "utf8").split("\n")) {
  if (/^\s*#/.test(raw)) continue;
  if (/\\\s*$/.test(raw)) { pending += raw.replace(/\\\s*$/, " "); continue; }
  const line = (pending + raw).trim();
  pending = "";
  if (line) lines.push(line);
}
check(pending === "", "no dangling line continuation at the end");
const known = new Set(["FROM", "ARG", "ENV", "RUN", "COPY", "ADD", "WORKDIR", "USER", "EXPOSE", "HEALTHCHECK", "CMD", "ENTRYPOINT", "LABEL", "VOLUME", "STOPSIGNAL", "SHELL", "ONBUILD"]);
const instructions = lines.map((line) => {
  const [, op = "", rest = ""] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
  return { op: op.toUpperCase(), rest };
});
const unknown = instructions.filter((i) => !known.has(i.op));
check(unknown.length === 0, `every instruction is a known one${unknown.length ? `: ${unknown.map((i) => i.op).join(", ")}` : ""}`);

// ARGs before the first FROM may be used in FROM lines.
const globalArgs = {};
for (const i of instructions) {
  if (i.op === "FROM") break;
  if (i.op === "ARG") { const [k, v = ""] = i.rest.split("="); globalArgs[k.trim()] = v.trim(); }
}
const expand = (s) => s.replace(/\$\{?(\w+)\}?/g, (_, k) => globalArgs[k] ?? `\${${k}}`);

const stages = [];
for (const i of instructions) {
  if (i.op === "FROM") {
    const m = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(i.rest);
    if (!m) { check(false, `FROM parses: ${i.rest}`); continue; }
    stages.push({ image: expand(m[1]), name: m[2]?.toLowerCase() ?? String(stages.length), body: [] });
  } else if (stages.length) stages.at(-1).body.push(i);
  else if (i.op !== "ARG") check(false, `${i.op} before the first FROM`);
}
check(stages.length >= 2, `multi-stage: ${stages.map((s) => s.name).join(" -> ")}`);
check(new Set(stages.map((s) => s.name)).size === stages.length, "stage names are unique");

const names = [];
for (const stage of stages) {
  const base = stage.image;
  if (names.includes(base.toLowerCase())) check(true, `stage ${stage.name} builds on stage ${base}`);
  else {
    const pinned = /@sha256:[0-9a-f]{64}$/.test(base) || (/:[\w][\w.-]*$/.test(base.split("/").at(-1)) && !/:latest$/.test(base));
    check(pinned && !base.includes("${"), `stage ${stage.name}: FROM ${base} is pinned (a tag other than latest, or a digest)`);
  }
  for (const i of stage.body.filter((b) => b.op === "COPY" || b.op === "ADD")) {
    const from = /--from=(\S+)/.exec(i.rest)?.[1]?.toLowerCase();
    if (from) check(names.includes(from), `stage ${stage.name}: COPY --from=${from} names an earlier stage`);
    else {
      // Sources from the build context must exist and not be excluded by .dockerignore.
      const parts = i.rest.replace(/--\S+/g, "").trim().split(/\s+/);
      for (const src of parts.slice(0, -1)) {
        if (src === ".") continue;
        check(existsSync(src), `stage ${stage.name}: context file ${src} exists`);
      }
    }
  }
  names.push(stage.name);
}

const final = stages.at(-1) ?? { body: [] };
const last = (op) => final.body.filter((i) => i.op === op).at(-1);
const user = last("USER")?.rest ?? "";
check(user && !/^(root|0)(:|$)/.test(user), `final stage runs as a non-root USER (${user || "none"})`);
const health = last("HEALTHCHECK")?.rest ?? "";
check(/\/api\/health/.test(health) && /CMD/.test(health), "final stage has a HEALTHCHECK on /api/health");
check(!/\bcurl\b|\bwget\b/.test(health), "the HEALTHCHECK needs no curl/wget (absent from slim images)");
const cmd = last("CMD")?.rest ?? "";
let cmdArgs = null;
try { cmdArgs = JSON.parse(cmd); } catch {}
check(Array.isArray(cmdArgs) && cmdArgs[0] === "node", `CMD is exec form with node as the process (${cmd})`);
const startHeapFlags = [...JSON.parse(readFileSync("package.json", "utf8")).scripts.start.matchAll(/--[a-z-]+-space-size=\d+/g)].map((m) => m[0]);
check(
  startHeapFlags.length > 0 && Array.isArray(cmdArgs) && JSON.stringify(cmdArgs.slice(1, -1)) === JSON.stringify(startHeapFlags) && cmdArgs.at(-1) === "server.js",
  `CMD runs server.js with npm start's heap flags (${startHeapFlags.join(" ")})`,
);
check(!last("ENTRYPOINT") || /^\[/.test(last("ENTRYPOINT").rest), "no shell-form ENTRYPOINT (it would swallow SIGTERM)");
const env = final.body.filter((i) => i.op === "ENV").map((i) => i.rest).join(" ");
for (const pair of ["NODE_ENV=production", "HOSTNAME=0.0.0.0", "PORT=3000", "NEXT_TELEMETRY_DISABLED=1"]) check(env.split(/\s+/).includes(pair), `final stage ENV ${pair}`);
const copies = final.body.filter((i) => i.op === "COPY").map((i) => i.rest).join("\n");
for (const what of [".next/standalone", ".next/static", "db/migrations", "docker-migrate.mjs"]) check(copies.includes(what), `final stage copies ${what}`);
const runs = final.body.filter((i) => i.op === "RUN").map((i) => i.rest).join("\n");
check(/require\('sharp'\)/.test(runs), "final stage smoke-tests require('sharp')");
check(instructions.some((i) => i.op === "RUN" && /NEXT_OUTPUT=standalone|npm run build/.test(i.rest)) && /NEXT_OUTPUT=standalone/.test(readFileSync(file, "utf8")), "the build stage builds with NEXT_OUTPUT=standalone");

// .dockerignore keeps local state and secrets out of the build context.
const ignore = existsSync(ignoreFile) ? readFileSync(ignoreFile, "utf8").split("\n").map((l) => l.trim()) : [];
for (const entry of ["node_modules", ".next", ".data", ".git", ".env"]) check(ignore.includes(entry), `.dockerignore excludes ${entry}`);

process.exit(failures ? 1 : 0);
EOF
[ $? -le 1 ] || bad "the Dockerfile lint crashed"
count_part "$tmp/part.out"

# ---------------------------------------------------------------- nginx -t
echo "nginx ($NGINX_DIR)"
nginx_bin="$(command -v nginx || true)"
[ -z "$nginx_bin" ] && [ -x /usr/sbin/nginx ] && nginx_bin=/usr/sbin/nginx
if [ -z "$nginx_bin" ]; then
  bad "nginx is not installed (apt-get install nginx)"
elif [ ! -f "$NGINX_DIR/nginx.conf" ]; then
  bad "$NGINX_DIR/nginx.conf is missing"
else
  echo "  using: $("$nginx_bin" -v 2>&1)"
  nginx_test() { # <label> <dir with the config>
    mkdir -p "$2/prefix"
    if out="$("$nginx_bin" -t -q -p "$2/prefix/" -c "$2/nginx.conf" -e stderr 2>&1)"; then
      ok "nginx -t: $1"
    else
      bad "nginx -t: $1: $out"
    fi
  }
  # The variant the bare-process setup and npm run test:scale use: its own main config
  # (local/nginx.conf) where the folder ships one, checked as it is; else nginx.conf with
  # upstream.local.conf swapped in.
  if [ -f "$NGINX_DIR/local/nginx.conf" ]; then
    mkdir -p "$tmp/local-prefix"
    if out="$("$nginx_bin" -t -q -p "$tmp/local-prefix/" -c "$(cd "$NGINX_DIR/local" && pwd)/nginx.conf" -e stderr 2>&1)"; then
      ok "nginx -t: local/nginx.conf as shipped (upstream.local.conf, loopback listeners)"
    else
      bad "nginx -t: local/nginx.conf: $out"
    fi
  else
    mkdir -p "$tmp/local"
    cp "$NGINX_DIR"/*.conf "$tmp/local/"
    sed -i 's/include[[:space:]]\+upstream\.compose\.conf;/include upstream.local.conf;/' "$tmp/local/nginx.conf"
    if grep -q 'include upstream.local.conf;' "$tmp/local/nginx.conf"; then
      nginx_test "nginx.conf + podium.conf with upstream.local.conf" "$tmp/local"
    else
      bad "nginx.conf does not include upstream.compose.conf (nothing to swap for the local upstream)"
    fi
  fi
  # The compose variant: nginx.conf as shipped; only app1/app2 rewritten so they resolve here.
  mkdir -p "$tmp/compose"
  cp "$NGINX_DIR"/*.conf "$tmp/compose/"
  sed -i -E 's/\bserver([[:space:]]+)app([0-9]+):3000/server\1127.0.0.\2:3000/' "$tmp/compose/upstream.compose.conf"
  if grep -qE '\bapp[0-9]+:' "$tmp/compose/upstream.compose.conf"; then
    bad "upstream.compose.conf has host names this check cannot rewrite: $(grep -E '\bapp[0-9]+:' "$tmp/compose/upstream.compose.conf")"
  else
    nginx_test "nginx.conf as shipped, upstream.compose.conf with app1/app2 -> 127.0.0.1/127.0.0.2" "$tmp/compose"
  fi
fi

# ---------------------------------------------------------------- standalone (--standalone)
standalone_smoke() {
  echo "standalone server (the runner stage's files, without Docker)"
  if [ -z "${DATABASE_URL:-}" ]; then bad "--standalone needs DATABASE_URL (a PostgreSQL server for a scratch database)"; return; fi
  local work="$tmp/standalone" src runner node24 run_as=() port=3290
  src="$work/build/app"; runner="$work/runner/app"
  mkdir -p "$src" "$runner"
  chmod 755 "$tmp" "$work" "$work/runner"
  # The build context: the checkout less what .dockerignore keeps out of it; node_modules
  # hard-linked (as `npm ci` in the deps stage would install them), copied if links fail.
  rsync -a --exclude-from=<(grep -vE '^\s*(#|!|$)' .dockerignore) ./ "$src/"
  cp -al node_modules "$src/node_modules" 2>/dev/null || cp -a node_modules "$src/node_modules"
  echo "  building (NEXT_OUTPUT=standalone npm run build) …"
  if ! (cd "$src" && NEXT_OUTPUT=standalone NEXT_TELEMETRY_DISABLED=1 npm run build >"$work/build.log" 2>&1 && mkdir -p public); then
    bad "the build stage's build failed: $(tail -20 "$work/build.log")"; return
  fi
  ok "NEXT_OUTPUT=standalone npm run build in a copy of the context"

  # The runner stage: its COPY --from=build lines, read from the Dockerfile (paths under /app).
  local copies
  copies="$(awk '/^FROM .* AS runner/{r=1} r && /^COPY --from=build/' Dockerfile | sed -E 's/^COPY --from=build( --chown=[^ ]+)? //')"
  if [ -z "$copies" ]; then bad "no COPY --from=build lines in the Dockerfile's runner stage"; return; fi
  while read -r from to; do
    from="$src/${from#/app/}"; to="$runner/${to#./}"
    if [ -d "$from" ]; then mkdir -p "$to" && cp -a "$from/." "$to/"; else mkdir -p "$(dirname "$to")" && cp -a "$from" "$to"; fi \
      || { bad "COPY ${from#"$src"/} -> ${to#"$runner"/}"; return; }
  done <<<"$copies"
  ok "runner stage assembled from the Dockerfile's $(wc -l <<<"$copies") COPY --from=build lines ($(du -sh "$runner" | cut -f1))"

  # Node 24, the image's Node.
  local n24; n24="$(npx tsx scripts/node24.ts 2>&1)" || { bad "no Node 24 ($n24)"; return; }
  node24="$work/node"
  cp "$n24" "$node24" && chmod 755 "$node24"
  if ! "$node24" -v 2>/dev/null | grep -q '^v24\.'; then bad "no Node 24 at $n24"; return; fi
  # USER node: an unprivileged user that may write .next only (the Dockerfile's chown).
  if [ "$(id -u)" = 0 ]; then
    run_as=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
    mkdir -p "$runner/.next/cache" && chown -R nobody:nogroup "$runner/.next"
  fi
  local env_file="$work/image.env"
  # The runner stage's ENV, then loopback and this run's settings.
  awk '/^FROM .* AS runner/{r=1} r && /^ENV /{e=1} e{print} e && !/\\$/{e=0}' Dockerfile | sed -E 's/^ENV //; s/\\$//' | tr -s ' \n' '\n' | grep '=' >"$env_file"
  local smoke
  smoke="$(awk '/^FROM .* AS runner/{r=1} r && /^RUN /{x=1} x{print} x && !/\\$/{x=0}' Dockerfile | sed -E 's/^RUN //; s/\\$//' | tr '\n' ' ' | sed "s#/app/#$runner/#g")"
  # The smoke RUN without its chown (the app user here is nobody, done above).
  smoke="${smoke%%&& mkdir -p .next/cache*}"
  if (cd "$runner" && env $(cat "$env_file") PATH="$work:$PATH" bash -c "$smoke") >"$work/smoke.log" 2>&1; then
    ok "the runner stage's smoke RUN passes under $("$node24" -v)"
  else
    bad "smoke RUN: $(cat "$work/smoke.log")"
  fi

  local db="podium_standalone_$(date +%s)_$RANDOM" server_url db_url
  server_url="$DATABASE_URL"
  db_url="$(sed -E "s#/[^/?]*([?].*)?\$#/$db\1#" <<<"$server_url")"
  if ! psql -q "$server_url" -c "CREATE DATABASE \"$db\"" >/dev/null 2>&1; then bad "cannot create a scratch database on $server_url"; return; fi
  local redis_url="${TEST_REDIS_URL:-redis://127.0.0.1:6379}" prefix="standalone-$RANDOM$RANDOM"
  for attempt in 1 2; do
    if (cd "$runner" && env $(cat "$env_file") DATABASE_URL="$db_url" "${run_as[@]}" "$node24" migrate.mjs) >"$work/migrate.log" 2>&1; then
      ok "node migrate.mjs (run $attempt of 2: applies, then finds nothing to do)"
    else
      bad "node migrate.mjs: $(cat "$work/migrate.log")"
    fi
  done
  local health_cmd
  health_cmd="$(awk '/^FROM .* AS runner/{r=1} r && /^HEALTHCHECK/{h=1} h{print} h && !/\\$/{h=0}' Dockerfile | tr -d '\\\n' | sed -E 's/.*CMD //')"
  for mode in "file cache" "REDIS_URL"; do
    local extra=(); [ "$mode" = REDIS_URL ] && extra=(REDIS_URL="$redis_url" REDIS_KEY_PREFIX="$prefix")
    if [ "$mode" = REDIS_URL ] && ! redis-cli -u "$redis_url" ping >/dev/null 2>&1; then echo "  skip  server.js with REDIS_URL: no Redis answers at $redis_url"; continue; fi
    (cd "$runner" && exec env $(cat "$env_file") HOSTNAME=127.0.0.1 PORT=$port DATABASE_URL="$db_url" AUTH_SECRET=check-deploy-only-secret-0123456789 \
      AUTH_TRUST_HOST=true SITE_URL="http://127.0.0.1:$port" "${extra[@]}" "${run_as[@]}" "$node24" server.js) >"$work/server.log" 2>&1 &
    local pid=$! up=0
    for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$port/api/health" && { up=1; break; }; sleep 0.5; done
    if [ $up = 1 ]; then ok "server.js ($mode) answers /api/health 200"; else bad "server.js ($mode) did not answer: $(tail -20 "$work/server.log")"; fi
    local en; en="$(curl -s -o "$work/en.html" -w '%{http_code} %{content_type}' "http://127.0.0.1:$port/en")"
    if [[ "$en" == "200 text/html"* ]] && grep -q '<html' "$work/en.html"; then ok "server.js ($mode): /en 200 text/html ($(wc -c <"$work/en.html") B)"; else bad "server.js ($mode): /en answered $en"; fi
    # News pages are documents rendered by react-dom/server, loaded at run time (lib/html/static-markup.ts):
    # this is where a standalone output without it would fail.
    local feed; feed="$(curl -s -o "$work/feed.html" -w '%{http_code}' "http://127.0.0.1:$port/en/news")"
    if [ "$feed" = 200 ] && grep -q '<h1>' "$work/feed.html" && grep -q 'rel="stylesheet"' "$work/feed.html"; then ok "server.js ($mode): /en/news 200, a document with its heading and stylesheet"; else bad "server.js ($mode): /en/news answered $feed: $(tail -5 "$work/server.log")"; fi
    local missing; missing="$(curl -s -o "$work/missing.html" -w '%{http_code}' "http://127.0.0.1:$port/en/news/no-such-article")"
    if [ "$missing" = 404 ] && grep -q '<h1>' "$work/missing.html"; then ok "server.js ($mode): an unknown article answers 404 with the 404 page's heading in the HTML"; else bad "server.js ($mode): an unknown article answered $missing"; fi
    # The share images read their font files at run time (assets/fonts/og, traced into the output by next.config).
    local og; og="$(curl -s -o "$work/og.png" -w '%{http_code} %{content_type}' "http://127.0.0.1:$port/og/home-ru.png")"
    if [ "$og" = "200 image/png" ] && [ "$(head -c 8 "$work/og.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; then ok "server.js ($mode): /og/home-ru.png 200, a PNG (fonts in the image)"; else bad "server.js ($mode): /og/home-ru.png answered $og: $(tail -5 "$work/server.log")"; fi
    local search; search="$(curl -s -o "$work/search.html" -w '%{http_code}' "http://127.0.0.1:$port/ru/search?q=%D1%84%D0%BE%D1%80%D1%83%D0%BC")"
    if [ "$search" = 200 ] && grep -q '<mark>' "$work/search.html"; then ok "server.js ($mode): /ru/search finds and marks «форум»"; else bad "server.js ($mode): /ru/search answered $search"; fi
    # The HEALTHCHECK's exec form is ["node", "-e", "<script>"]: run its script with Node 24.
    local health_js; health_js="$(node -e 'const a = JSON.parse(process.argv[1]); if (a[0] !== "node" || a[1] !== "-e") process.exit(1); console.log(a[2])' "$health_cmd")"
    if [ -n "$health_js" ] && (cd "$runner" && env $(cat "$env_file") PORT=$port "${run_as[@]}" "$node24" -e "$health_js"); then
      ok "the image's HEALTHCHECK command exits 0"
    else
      bad "the image's HEALTHCHECK command failed against a healthy server (or is not [\"node\", \"-e\", …])"
    fi
    if [ "$mode" = REDIS_URL ]; then
      local keys; keys="$(redis-cli -u "$redis_url" --scan --pattern "$prefix:*" | wc -l)"
      if [ "$keys" -gt 0 ]; then ok "server.js (REDIS_URL): $keys cache entries written under its prefix"; else bad "server.js (REDIS_URL): nothing written to Redis"; fi
    fi
    kill -TERM $pid; wait $pid; local code=$?
    if [ $code = 143 ]; then ok "server.js ($mode): SIGTERM -> exit 143"; else bad "server.js ($mode): SIGTERM -> exit $code"; fi
  done
  redis-cli -u "$redis_url" --scan --pattern "$prefix:*" 2>/dev/null | xargs -r redis-cli -u "$redis_url" del >/dev/null 2>&1
  psql -q "$server_url" -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 || bad "could not drop the scratch database $db"
}
if [ "${1:-}" = "--standalone" ]; then standalone_smoke; fi

echo
if [ "${1:-}" = "--standalone" ]; then
  echo "(no image was built and no container started: there is no Docker engine here; the standalone server ran from the runner stage's files)"
else
  echo "(static only: no image was built and no container started; there is no Docker engine here)"
fi
# The closing line in the form .ci/run sums: "N passed, N failed".
echo "$passed passed, $failed failed (deploy files: compose, Dockerfile, nginx -t${1:+, standalone server})"
[ "$failed" -eq 0 ]
