import "server-only";
// One write path for every admin change, server action or route handler, in this order:
//   1. session and role check (requireRole for actions: sign-in redirect or 403;
//      authorizeWriteRequest for route handlers: a 401/403 answer, same origin only),
//   2. zod parse of the input (field errors, nothing touched),
//   3. the change and its audit row in ONE transaction (a failed audit insert
//      undoes the change, so "nothing was changed" is then true),
//   4. cache expiry of what the change made stale, only after the commit,
//   5. a typed result for the form (or, in a route, the Response made from it).
// adminWrite (actions) and adminWriteRoute (route handlers) differ only in
// steps 1 and 4 (how a refusal is said, which expiry Next allows) and share
// steps 2-5 (writeAs); adminAction is steps 1, 2 and 5 for an action that
// writes no database row (a live preview, the language cookie). A change that refuses (a conflict, an unknown
// reference) returns a refusal: the transaction is rolled back and the form
// shows the message with the editor's input kept. A database that does not
// answer is a refusal too (marked `unavailable`), never a 500.
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
import { expireFromAction, expireFromRoute, type Stale } from "@/lib/revalidate";
import { authorizeWriteRequest } from "./route-session";
import { issuesByField } from "./forms";

/**
 * The message of a refusal when the database did not answer: a key, worded in the
 * reader's language by the write path like every other (forms that word it their
 * own way check `unavailable`, never this text).
 */
const DATABASE_DID_NOT_ANSWER = "formKit.databaseDown";

/**
 * Why a write did not happen: messages per field and/or one for the whole form.
 * `unavailable` marks a database that did not answer (a form may word that its
 * own way); `issues` are the zod issues of a failed parse (a custom issue may
 * carry more than a message in its params); `detail` is what a change's own
 * refusal wants the caller to know (a conflict's who and when).
 */
export type Refusal<F = never> = {
  ok: false;
  errors?: Record<string, string[]>;
  message?: string;
  unavailable?: true;
  issues?: z.core.$ZodIssue[];
  detail?: F;
};

/**
 * A change that happened: what to show, what to log, what to expire. A change
 * that turned out to change nothing (a move at the end of a list) logs and
 * expires nothing: an empty audit list and a null stale.
 */
export type Done<T> = { ok: true; value: T; audit: AuditAction | AuditAction[]; stale: Stale | null };

export type WriteOutcome<T, F = never> = { ok: true; value: T } | Refusal<F>;

export function refuse(field: string | null, message: string): Refusal {
  return field ? { ok: false, errors: { [field]: [message] } } : { ok: false, message };
}

const unavailable: Refusal = { ok: false, message: DATABASE_DID_NOT_ANSWER, unavailable: true };

class RolledBack<F> extends Error {
  constructor(readonly refusal: Refusal<F>) {
    super("rolled back");
  }
}

/** Steps 2 to 5, the same for actions and route handlers. */
type WriteSteps<S extends z.ZodType, T, F> = {
  schema: S;
  input: unknown;
  /**
   * A check that stands on its own, after the parse and before the transaction,
   * whose own writes must last even when it refuses (the sign-in throttle's record
   * of a password guess). Null lets the change go ahead.
   */
  verify?: (data: z.output<S>, session: LiveSession) => Promise<Refusal<F> | null>;
  /** The change itself, on the transaction: a refusal rolls everything back. */
  change: (tx: Database, data: z.output<S>, session: LiveSession) => Promise<Done<T> | Refusal<F>>;
  /** Names the action in the server log when the database fails. */
  name: string;
};

async function writeAs<S extends z.ZodType, T, F>(session: LiveSession, steps: WriteSteps<S, T, F>, expire: (stale: Stale) => void): Promise<WriteOutcome<T, F>> {
  // Async: a schema may check more than shapes (an MDX body is compiled, an image decoded).
  const parsed = await steps.schema.safeParseAsync(steps.input);
  if (!parsed.success) return { ok: false, errors: issuesByField(parsed.error), issues: parsed.error.issues };
  let done: Done<T>;
  try {
    const refused = steps.verify ? await steps.verify(parsed.data, session) : null;
    if (refused) return refused;
    done = await inTransaction(await getDb(), async (tx) => {
      const result = await steps.change(tx, parsed.data, session);
      if (!result.ok) throw new RolledBack(result);
      for (const entry of [result.audit].flat()) await recordAudit(tx, session, entry);
      return result;
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.refusal as Refusal<F>;
    unstable_rethrow(error); // a redirect or 403 a step chose to throw
    console.error(`${steps.name}:`, error);
    return unavailable;
  }
  if (done.stale) expire(done.stale);
  return { ok: true, value: done.value };
}

/** The one write path of a server action. */
export async function adminWrite<S extends z.ZodType, T, F = never>(
  options: WriteSteps<S, T, F> & {
    /** Who may make this change. */
    role: StaffRole;
    /** Only for choosing one's own password while the one given out is still temporary. */
    allowTemporaryPassword?: boolean;
    /** Only for setting up a second factor, which an admin without one must be able to do. */
    allowWithoutSecondFactor?: boolean;
  },
): Promise<WriteOutcome<T, F>> {
  const session = await actionSession(options.role, options.name, options);
  const outcome = "ok" in session ? session : await writeAs(session, options, expireFromAction);
  return inReadersLanguage(outcome);
}

/**
 * A server action's refusal in the reader's language: schemas and changes may
 * name their messages by key (lib/i18n/admin-errors.ts); other text passes as it is.
 * (A route handler answers by code, each route wording its codes itself.)
 */
async function inReadersLanguage<O extends { ok: boolean }>(outcome: O): Promise<O> {
  return outcome.ok ? outcome : translateRefusal(await adminLanguage(), outcome as O & Refusal<unknown>);
}

/** Step 1 in a server action: the live session, a sign-in redirect or 403 (thrown), or `unavailable`. */
async function actionSession(
  role: StaffRole,
  name: string,
  { allowTemporaryPassword, allowWithoutSecondFactor }: { allowTemporaryPassword?: boolean; allowWithoutSecondFactor?: boolean },
): Promise<LiveSession | Refusal> {
  try {
    return await requireRole(role, { allowTemporaryPassword, allowWithoutSecondFactor });
  } catch (error) {
    unstable_rethrow(error); // sign-in redirect, 403
    console.error(`${name} (session check):`, error);
    return unavailable;
  }
}

/**
 * A server action that changes no database row (the editors' live previews, the
 * language switch's cookie): steps 1, 2 and 5 of the write path, the same
 * session check and parse; with no row written there is no transaction, audit
 * row or cache expiry.
 */
export async function adminAction<S extends z.ZodType, T>(options: {
  role: StaffRole;
  /** Only for what someone must still do with a temporary password (choose the language they read it in). */
  allowTemporaryPassword?: boolean;
  /** The same for an admin who has yet to set up a second factor. */
  allowWithoutSecondFactor?: boolean;
  name: string;
  schema: S;
  input: unknown;
  run: (data: z.output<S>, session: LiveSession) => Promise<T>;
}): Promise<WriteOutcome<T>> {
  const session = await actionSession(options.role, options.name, options);
  if ("ok" in session) return inReadersLanguage(session);
  const parsed = await options.schema.safeParseAsync(options.input);
  if (!parsed.success) return inReadersLanguage({ ok: false, errors: issuesByField(parsed.error), issues: parsed.error.issues });
  return { ok: true, value: await options.run(parsed.data, session) };
}

/**
 * The one write path of a route handler (the image uploads): the session check
 * answers 401/403 (or 503) itself without reading the body; `read` then turns
 * the request into the input to parse, or answers at once (a record that is not
 * there, a body over the limit); `answer` makes the Response of the outcome.
 */
export async function adminWriteRoute<S extends z.ZodType, T, F = never>(
  options: Omit<WriteSteps<S, T, F>, "input"> & {
    request: Request;
    role: StaffRole;
    read: (session: LiveSession) => Promise<{ input: unknown } | { response: Response }>;
    answer: (outcome: WriteOutcome<T, F>) => Response | Promise<Response>;
  },
): Promise<Response> {
  const auth = await authorizeWriteRequest(options.request, options.role);
  if ("response" in auth) return auth.response;
  const read = await options.read(auth.session);
  if ("response" in read) return read.response;
  return options.answer(await writeAs(auth.session, { ...options, input: read.input }, expireFromRoute));
}
