import "server-only";
// Housekeeping each server process runs once after it starts and then daily:
// sign-in attempts older than ATTEMPTS_KEPT_DAYS are deleted (the throttle reads
// a day of them; the audit log, not this table, is the lasting record). Every
// instance runs it; the DELETE is idempotent, so several at once only repeat work.
// A failure (database down) is logged and tried again at the next run.
import { getDb } from "@/db";
import { pruneAttempts } from "@/db/queries/login-attempts";

export const ATTEMPTS_KEPT_DAYS = 30;
const DAY_MS = 24 * 3_600_000;
/** After start: late enough not to compete with the first requests. */
const FIRST_RUN_DELAY_MS = 60_000;

export async function runMaintenance(now = new Date()): Promise<{ attemptsPruned: number }> {
  const attemptsPruned = await pruneAttempts(await getDb(), new Date(now.getTime() - ATTEMPTS_KEPT_DAYS * DAY_MS));
  return { attemptsPruned };
}

export function startMaintenance(): void {
  const run = () =>
    runMaintenance().catch((error) => console.error(`[podium] maintenance failed, tried again in a day: ${error instanceof Error ? error.message : error}`));
  setTimeout(run, FIRST_RUN_DELAY_MS).unref();
  setInterval(run, DAY_MS).unref();
}
