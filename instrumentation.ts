// Runs once when a Next server starts. Without DATABASE_URL, Podium runs its
// own embedded PostgreSQL; pages then find DATABASE_URL pointing at it. With
// REDIS_URL (several instances sharing one cache) the database must be a shared
// server too, so the embedded one refuses to start.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;

  const { installClientAddressStamp, parseTrustedProxies } = await import("./lib/net/client-address");
  installClientAddressStamp(parseTrustedProxies(process.env.TRUSTED_PROXIES));

  const { markDraining } = await import("./lib/draining");
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, markDraining);

  if (process.env.DATABASE_URL?.trim()) {
    if (!process.env.AUTH_SECRET) {
      console.error("[podium] AUTH_SECRET is not set: staff sign-in will fail. Set it to a long random string (see .env.example).");
    }
    return;
  }
  if (process.env.REDIS_URL?.trim()) {
    throw new Error(
      "[podium] REDIS_URL is set but DATABASE_URL is not. Instances that share a Redis cache must share one PostgreSQL server: " +
        "set DATABASE_URL on every instance (the embedded database is for a single instance only).",
    );
  }
  const { prepareEmbeddedDatabase, embeddedAuthSecret } = await import("./lib/embedded-startup");
  process.env.DATABASE_URL = await prepareEmbeddedDatabase();
  process.env.AUTH_SECRET ||= await embeddedAuthSecret();
}
