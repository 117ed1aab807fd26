import "server-only";
// One write path for admin changes, in this order:
//   1. session and role check (requireRole: sign-in redirect or 403),
//   2. zod parse of the input (field errors, nothing touched),
//   3. the change and its audit row in ONE transaction (a failed audit insert
//      undoes the change, so "nothing was changed" is then true),
//   4. cache expiry of what the change made stale, only after the commit,
//   5. a typed result for the form.
// A change that refuses (a conflict, an unknown reference) returns a refusal:
// the transaction is rolled back and the form shows the message with the
// editor's input kept. A database that does not answer is a refusal too,
// never a 500.
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getDb } from "@/db";
import type { Database } from "@/db/client";
import type { LiveSession, StaffRole } from "@/db/queries/staff";
import { inTransaction } from "@/db/transaction";
import { recordAudit, type AuditAction } from "@/lib/audit";
import { translateRefusal } from "@/lib/i18n/admin-errors";
import { adminLanguage } from "@/lib/i18n/admin-text";
import { requireRole } from "@/lib/auth/dal";
import { expireFromAction, type Stale } from "@/lib/revalidate";
import { issuesByField } from "./forms";

export const DATABASE_DID_NOT_ANSWER =
  "The change could not be saved because the database did not answer. Nothing was changed and your input is still here: try again in a moment.";

/** Why a write did not happen: messages per field and/or one for the whole form. */
export type Refusal = { ok: false; errors?: Record<string, string[]>; message?: string };

/**
 * A change that happened: what to show, what to log, what to expire. A change
 * that turned out to change nothing (a move at the end of a list) logs and
 * expires nothing: an empty audit list and a null stale.
 */
type Done<T> = { ok: true; value: T; audit: AuditAction | AuditAction[]; stale: Stale | null };

export type WriteOutcome<T> = { ok: true; value: T } | Refusal;

export function refuse(field: string | null, message: string): Refusal {
  return field ? { ok: false, errors: { [field]: [message] } } : { ok: false, message };
}

class RolledBack extends Error {
  constructor(readonly refusal: Refusal) {
    super("rolled back");
  }
}

/**
 * The write path (above). Refusals come back in the reader's language: schemas and
 * changes may name their messages by key (lib/i18n/admin-errors.ts).
 */
export async function adminWrite<S extends z.ZodType, T>(options: WriteOptions<S, T>): Promise<WriteOutcome<T>> {
  const outcome = await write(options);
  return outcome.ok ? outcome : translateRefusal(await adminLanguage(), outcome);
}

type WriteOptions<S extends z.ZodType, T> = {
  /** Who may make this change. */
  role: StaffRole;
  /** Only for setting up a second factor, which an admin without one must be able to do. */
  allowWithoutSecondFactor?: boolean;
  schema: S;
  input: unknown;
  /** The change itself, on the transaction: a refusal rolls everything back. */
  change: (tx: Database, data: z.output<S>, session: LiveSession) => Promise<Done<T> | Refusal>;
  /** Names the action in the server log when the database fails. */
  name: string;
};

async function write<S extends z.ZodType, T>(options: WriteOptions<S, T>): Promise<WriteOutcome<T>> {
  let session: LiveSession;
  try {
    session = await requireRole(options.role, { allowWithoutSecondFactor: options.allowWithoutSecondFactor });
  } catch (error) {
    unstable_rethrow(error); // sign-in redirect, 403
    console.error(`${options.name} (session check):`, error);
    return { ok: false, message: DATABASE_DID_NOT_ANSWER };
  }
  // Async: a schema may check more than shapes (an MDX body is compiled to find its problems).
  const parsed = await options.schema.safeParseAsync(options.input);
  if (!parsed.success) return { ok: false, errors: issuesByField(parsed.error) };
  let done: Done<T>;
  try {
    done = await inTransaction(await getDb(), async (tx) => {
      const result = await options.change(tx, parsed.data, session);
      if (!result.ok) throw new RolledBack(result);
      for (const entry of [result.audit].flat()) await recordAudit(tx, session, entry);
      return result;
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.refusal;
    console.error(`${options.name}:`, error);
    return { ok: false, message: DATABASE_DID_NOT_ANSWER };
  }
  if (done.stale) expireFromAction(done.stale);
  return { ok: true, value: done.value };
}
