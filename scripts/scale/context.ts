// What every check of the scale test gets: the two instances behind nginx,
// their database and Redis prefix, and a way to restart an instance.
import type { ScaleDatabase } from "./database";
import { startInstance, type Instance, type InstanceEnv } from "./instances";
import type { Nginx } from "./nginx";

export const PORTS = { a: 3101, b: 3102, public: 8080, refresh: 8081, privateRedis: 6390 } as const;
export const EDGE = `http://127.0.0.1:${PORTS.public}`;
export const REFRESH = `http://127.0.0.1:${PORTS.refresh}`;
export const SHARED_REDIS_PORT = 6379;

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
