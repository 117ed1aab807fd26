import { getDb } from "@/db";
import { pingDatabase } from "@/db/queries/health";
import { isDraining } from "@/lib/draining";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

type MemoryCacheStats = { entries: number; bytes: number; limitBytes: number };

/**
 * The size of the page and data cache when it lives in this process's memory (no
 * REDIS_URL: lib/cache/file-cache-handler.mjs installs the reader). For operators
 * and for the test that 1,000 made-up URLs store nothing; counts only, no keys.
 */
function memoryCache(): MemoryCacheStats | undefined {
  const read = (globalThis as Record<symbol, unknown>)[Symbol.for("podium.cacheMemoryStats")];
  return typeof read === "function" ? (read as () => MemoryCacheStats)() : undefined;
}

/** 200 when the app can reach its database; 503 when it cannot, or while it shuts down. */
export async function GET() {
  if (isDraining()) {
    return Response.json({ status: "shutting down" }, { status: 503, headers: { ...noStore, "Retry-After": "5" } });
  }
  try {
    const db = await getDb();
    await pingDatabase(db);
    return Response.json({ status: "ok", memoryCache: memoryCache() }, { headers: noStore });
  } catch {
    return Response.json({ status: "database unavailable" }, { status: 503, headers: { ...noStore, "Retry-After": "5" } });
  }
}
