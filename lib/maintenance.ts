import "server-only";
// Housekeeping each server process runs once after it starts and then daily:
// - sign-in attempts older than ATTEMPTS_KEPT_DAYS are deleted (the throttle
//   reads a day of them; the audit log, not this table, is the lasting record);
// - images that nothing points to any more (a replaced logo, a removed cover, a
//   deleted partner's logo) are deleted once they are a day old: images are
//   bytes in PostgreSQL, and without this every replacement would stay forever.
// Every instance runs it; the DELETEs are idempotent, so several at once only
// repeat work. A failure (database down) is logged and tried again at the next run.
import { getDb } from "@/db";
import { pruneAttempts } from "@/db/queries/login-attempts";
import { pruneOrphanMedia } from "@/db/queries/media";

export const ATTEMPTS_KEPT_DAYS = 30;
const DAY_MS = 24 * 3_600_000;
/** How long an unreferenced image is kept: see pruneOrphanMedia. */
const ORPHAN_IMAGE_GRACE_MS = DAY_MS;
/** After start: late enough not to compete with the first requests. */
const FIRST_RUN_DELAY_MS = 60_000;

export async function runMaintenance(now = new Date()): Promise<{ attemptsPruned: number; imagesPruned: number }> {
  const db = await getDb();
  const attemptsPruned = await pruneAttempts(db, new Date(now.getTime() - ATTEMPTS_KEPT_DAYS * DAY_MS));
  const imagesPruned = await pruneOrphanMedia(db, new Date(now.getTime() - ORPHAN_IMAGE_GRACE_MS));
  if (imagesPruned > 0) console.log(`[podium] maintenance: deleted ${imagesPruned} image(s) nothing pointed to`);
  return { attemptsPruned, imagesPruned };
}

export function startMaintenance(): void {
  const run = () =>
    runMaintenance().catch((error) => console.error(`[podium] maintenance failed, tried again in a day: ${error instanceof Error ? error.message : error}`));
  setTimeout(run, FIRST_RUN_DELAY_MS).unref();
  setInterval(run, DAY_MS).unref();
}
