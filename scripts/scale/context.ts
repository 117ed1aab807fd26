// What every check of the scale test gets: the two instances behind nginx,
// their database and Redis prefix, and a way to restart an instance.
import type { ScaleDatabase } from "./database";
import { startInstance, type Instance, type InstanceEnv } from "./instances";
import { NGINX_PORTS, type Nginx } from "./nginx";

// A and B as in deploy/nginx/upstream.local.conf; nginx's as in deploy/nginx/local/listen.*.conf.
export const PORTS = { a: 3101, b: 3102, public: NGINX_PORTS.public, refresh: NGINX_PORTS.refresh, privateRedis: 6390 } as const;
export const EDGE = `http://127.0.0.1:${PORTS.public}`;
export const REFRESH = `http://127.0.0.1:${PORTS.refresh}`;
/** The machine's Redis (TEST_REDIS_URL's port when CI sets one; always on loopback). */
export const SHARED_REDIS_PORT = Number(new URL(process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379").port || 6379);

export type Context = {
  db: ScaleDatabase;
  env: InstanceEnv;
  a: Instance;
  b: Instance;
  nginx: Nginx;
  tmp: string;
  buildId: string;
};

/** Starts (or restarts, after it was stopped) instance A or B with the context's env. */
export async function restartInstance(ctx: Context, which: "a" | "b", env: InstanceEnv = ctx.env): Promise<Instance> {
  const instance = await startInstance(which.toUpperCase(), PORTS[which], env);
  ctx[which] = instance;
  return instance;
}
