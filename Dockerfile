# syntax=docker/dockerfile:1
#
# Podium's production image: Next's standalone server on Node 24 (Debian 12 slim).
#
#   docker build -t podium:local .
#   docker run -e DATABASE_URL=… -e AUTH_SECRET=… -e SITE_URL=… -p 3000:3000 podium:local
#   docker run -e DATABASE_URL=… podium:local node migrate.mjs     # apply migrations (compose: the `migrate` service)
#
# Node 24, not the Node 20 the dev machines run: Node 20 reached its end of life in
# April 2026. CI runs the unit and integration tests under Node 24 too
# (scripts/ci-node24.sh). Debian (glibc) rather than Alpine (musl): the native
# packages (sharp, @node-rs/argon2, pg) install the same linux-x64-gnu prebuilds
# as on the dev machines.
#
# No Docker engine runs where this was written, so the image itself was never built:
# `bash scripts/check-deploy.sh` checks this file statically, and with --standalone it
# builds the standalone server, lays out the runner stage from the COPY lines below and
# runs it under Node 24 as an unprivileged user (migrate.mjs, server.js with and
# without REDIS_URL, the HEALTHCHECK, SIGTERM).

ARG NODE_IMAGE=node:24-bookworm-slim

# ---- deps: every dependency (dev ones too: the build needs TypeScript and tsx) ----
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# npm ci's postinstall patches Next (see the script): the cache-entry size measurement, and the route template's send of stored answers.
COPY scripts/patch-next.mjs scripts/
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund

# ---- build: the standalone server (.next/standalone holds server.js and the traced node_modules) ----
FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
COPY . .
# `npm run build` runs prebuild (content check) first. No database or Redis is needed:
# pages render on their first request, and the cache handler stays idle while building.
# Podium ships no public/ folder today; an empty one keeps the runner's COPY valid.
RUN npm run build && mkdir -p public

# ---- runner: what production runs ----
FROM ${NODE_IMAGE} AS runner
WORKDIR /app
# HOSTNAME: Docker sets it to the container id, and server.js listens on HOSTNAME.
# KEEP_ALIVE_TIMEOUT: well above nginx's upstream keepalive_timeout, so nginx never
# reuses a socket that Node has just closed (a 502 otherwise).
ENV NODE_ENV=production \
    HOSTNAME=0.0.0.0 \
    PORT=3000 \
    NEXT_TELEMETRY_DISABLED=1 \
    KEEP_ALIVE_TIMEOUT=65000

# Code and dependencies stay owned by root (read-only to the app user).
COPY --from=build /app/.next/standalone ./
# Standalone copies neither the static assets nor public/ (Next's `output` docs).
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
# Read at run time from process.cwd(): the event pages and partners in content/.
# (Next's tracing happens to copy them too; this does not rely on it.)
COPY --from=build /app/content ./content
# The one-shot migrate service: plain node, the committed migrations, and
# drizzle-orm (bundled into the server chunks, so absent from the standalone node_modules).
COPY --from=build /app/db/migrations ./db/migrations
COPY --from=build /app/node_modules/drizzle-orm ./node_modules/drizzle-orm
COPY --from=build /app/scripts/docker-migrate.mjs ./migrate.mjs

# Smoke test of the native modules (a missing libvips or argon2 binary fails the build,
# not the first upload or sign-in), of the cache handler with its Redis client (traced into
# the standalone output; server.js loads it at start) and of the migrate script's imports.
# Then hand .next to the app user: Next's file cache (ISR pages without REDIS_URL, images)
# is written there.
RUN node -e "require('sharp'); require('@node-rs/argon2'); require('pg'); require('ioredis')" \
 && node --input-type=module -e "await import('/app/cache-handler.mjs'); await import('drizzle-orm/node-postgres/migrator')" \
 && mkdir -p .next/cache \
 && chown -R node:node .next

USER node
EXPOSE 3000

# /api/health answers 200 when the database answers, 503 otherwise (and while draining
# after SIGTERM). The slim image has no curl: node's own fetch.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

# Exec form: node is the container's main process and receives SIGTERM itself; Next's
# handler then finishes in-flight requests and after() work before exiting (143).
# compose adds `init: true` so zombies are reaped and signals are forwarded.
# The heap flags are npm start's (see README, Production; scripts/check-deploy.sh checks they
# match): --initial-old-space-size cannot go in NODE_OPTIONS. Override the CMD to change them.
CMD ["node", "--max-old-space-size=256", "--max-semi-space-size=16", "--initial-old-space-size=128", "server.js"]
