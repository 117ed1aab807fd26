import { rmSync } from "node:fs";

/**
 * Next keeps rendered pages (.next/server/route-cache) and cached data
 * (.next/cache/fetch-cache) across restarts. A server started on another
 * database must not serve what was rendered from the last one.
 */
export function clearRuntimeCache(): void {
  for (const dir of [".next/server/route-cache", ".next/cache/fetch-cache"]) rmSync(dir, { recursive: true, force: true });
}
