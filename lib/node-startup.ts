// What a Node server does once when it starts (called from instrumentation.ts,
// which Next also compiles for the edge runtime, so the Node-only work lives here).
import { installClientAddressStamp, parseTrustedProxies } from "./net/client-address";
import { installCloseWhileDraining, markDraining } from "./draining";
import { installStoredResponseHook } from "./http/stored-response";

export async function startNodeServer(): Promise<void> {
  installClientAddressStamp(parseTrustedProxies(process.env.TRUSTED_PROXIES));
  installCloseWhileDraining();
  // Stored documents go out in one write with their length (scripts/patch-next.mjs).
  installStoredResponseHook();
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, markDraining);

  // Without DATABASE_URL, Podium runs its own embedded PostgreSQL; pages then find
  // DATABASE_URL pointing at it.
  if (process.env.DATABASE_URL?.trim()) {
    if (!process.env.AUTH_SECRET) {
      console.error("[podium] AUTH_SECRET is not set: staff sign-in will fail. Set it to a long random string (see .env.example).");
    }
  } else {
    await startEmbeddedDatabase();
  }
  // Search needs a UTF-8 database, and indexes the event pages (files) itself.
  const { prepareSearch } = await import("./search/startup");
  try {
    await prepareSearch();
  } catch (error) {
    // Exit rather than throw: Next logs a throwing hook and keeps serving 500s.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  // Scheduled articles go public by an expiry at their time (nothing expires on a timer).
  const { startPublicationScheduler } = await import("./cache/publication-scheduler");
  startPublicationScheduler();
  // Old sign-in attempts pruned daily (lib/maintenance.ts).
  const { startMaintenance } = await import("./maintenance");
  startMaintenance();
}

async function startEmbeddedDatabase(): Promise<void> {
  // With REDIS_URL (several instances sharing one cache) the database must be a shared server too.
  if (process.env.REDIS_URL?.trim()) {
    // Exit rather than throw: Next logs a throwing hook and keeps serving 500s.
    console.error(
      "[podium] REDIS_URL is set but DATABASE_URL is not. Instances that share a Redis cache must share one PostgreSQL server: " +
        "set DATABASE_URL on every instance (the embedded database is for a single instance only). Not starting.",
    );
    process.exit(1);
  }
  const { prepareEmbeddedDatabase, embeddedAuthSecret } = await import("./embedded-startup");
  process.env.DATABASE_URL = await prepareEmbeddedDatabase();
  process.env.AUTH_SECRET ||= await embeddedAuthSecret();
}
