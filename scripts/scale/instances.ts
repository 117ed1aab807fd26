// The two `next start` instances (A on 3101, B on 3102), started the way the
// README's bare-process setup starts them: the same database, Redis, key
// prefix and secret, behind nginx (SITE_URL is nginx's public address).
import { startFlags } from "../bench/processes";
import { startProcess, waitFor, type Proc } from "./processes";
import { request } from "./http";

export type InstanceEnv = {
  databaseUrl: string;
  redisUrl?: string;
  redisKeyPrefix: string;
  authSecret: string;
  siteUrl: string;
  edgeRefreshUrl: string;
};

export type Instance = { name: string; port: number; url: string; proc: Proc };

export function instanceEnv(e: InstanceEnv): Record<string, string | undefined> {
  return {
    NODE_ENV: "production",
    DATABASE_URL: e.databaseUrl,
    REDIS_URL: e.redisUrl,
    REDIS_KEY_PREFIX: e.redisKeyPrefix,
    AUTH_SECRET: e.authSecret,
    AUTH_TRUST_HOST: "true",
    SITE_URL: e.siteUrl,
    NEXTAUTH_URL: e.siteUrl,
    AUTH_URL: undefined,
    EDGE_REFRESH_URL: e.edgeRefreshUrl,
    TRUSTED_PROXIES: "127.0.0.1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

export async function startInstance(name: string, port: number, env: InstanceEnv): Promise<Instance> {
  const proc = startProcess(name, process.execPath, [...startFlags(), "node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], instanceEnv(env));
  const url = `http://127.0.0.1:${port}`;
  try {
    const healthy = waitFor(`${name} healthy on :${port}`, async () => ((await request(`${url}/api/health`, { timeoutMs: 5_000 })).status === 200 ? true : undefined), 60_000, 200);
    const died = proc.exited.then(({ code, signal }) => {
      throw new Error(`exited (${code ?? signal}) before answering`);
    });
    await Promise.race([healthy, died]);
  } catch (error) {
    throw new Error(`${name} did not become healthy: ${String(error)}\n${proc.log()}`);
  }
  return { name, port, url, proc };
}
