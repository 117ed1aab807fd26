import "server-only";
// What the hall, track and format actions do (the "use server" wrappers are in
// app/admin/(protected)/program/_setup/actions.ts): each through adminWrite
// (editor role, zod, change + audit row in one transaction, then every
// programme page expired), a refusal keeping the editor's input. Adding goes to
// the current edition; editing, moving and deleting name the row.
import { redirect } from "next/navigation";
import { createSetupItem, deleteSetupItem, getCurrentEditionForAdmin, moveSetupItem, updateSetupItem, type SetupFields, type SetupKind } from "@/db/queries/admin-program-setup";
import type { FormState } from "@/lib/admin/forms";
import { adminWrite, refuse } from "@/lib/admin/write-action";
import { adminText } from "@/lib/i18n/admin-text";
import { staleAfterProgramChange } from "@/lib/program/expiry";
import { readSetupForm, setupIdSchema, setupMoveSchema, setupSchemas, type SetupFormValues } from "@/lib/validation/program-setup";
import { namedSessions } from "./named-sessions";
import { setupKinds } from "./program-setup-kinds";

export type SetupFormState = FormState<SetupFormValues>;
export type SetupDeleteState = { message?: string; seq?: number };

/** Audit entity of each kind. */
const entities: Record<SetupKind, string> = { hall: "hall", track: "track", format: "session_format" };

// Refusals are keys into messages/admin/<locale>/programSetup.json; adminWrite translates them.
const NO_EDITION = "programSetup.noEditionToAdd";
const gone = (kind: SetupKind) => `programSetup.${kind}.gone`;

function setupListUrl(kind: SetupKind, query: { notice?: string; id?: number } = {}, anchor?: string): string {
  const search = new URLSearchParams();
  if (query.notice) search.set("notice", query.notice);
  if (query.id !== undefined) search.set("id", String(query.id));
  return `${setupKinds[kind].path}${search.size ? `?${search}` : ""}${anchor ? `#${anchor}` : ""}`;
}

export async function saveSetupItem(kind: SetupKind, previous: SetupFormState, formData: FormData): Promise<SetupFormState> {
  const values = readSetupForm(kind, formData);
  const seq = (previous.seq ?? 0) + 1;
  const schema = setupSchemas[kind];
  const outcome = await adminWrite({
    role: "editor",
    schema,
    input: values,
    name: `save ${kind}`,
    change: async (tx, data) => {
      const { id, ...fields } = data as { id: number | null } & SetupFields[SetupKind];
      let result;
      if (id === null) {
        const edition = await getCurrentEditionForAdmin(tx);
        if (!edition) return refuse(null, NO_EDITION);
        result = await createSetupItem(tx, kind, edition.id, fields);
      } else {
        result = await updateSetupItem(tx, kind, id, fields);
        if (!result) return refuse(null, gone(kind));
      }
      if (!result.ok) {
        const { t } = await adminText("programSetup");
        return refuse(result.field, result.taken ? t(`${kind}.taken`, result.taken) : result.message);
      }
      const before = result.previous as Record<string, unknown> | undefined;
      const changed = before ? Object.keys(fields).filter((key) => before[key] !== (fields as Record<string, unknown>)[key]) : undefined;
      return {
        ok: true,
        value: { id: result.row.id, created: id === null },
        audit: { action: id === null ? "create" : "update", entity: entities[kind], entityId: result.row.id, summary: { nameEn: fields.nameEn, ...(changed ? { changed } : {}) } },
        stale: staleAfterProgramChange(),
      };
    },
  });
  if (!outcome.ok) return { errors: outcome.errors, message: outcome.message, values, seq };
  const { id, created } = outcome.value;
  redirect(setupListUrl(kind, { notice: created ? "added" : "saved", id }, `${kind}-${id}`));
}

export async function deleteSetupItemAction(kind: SetupKind, previous: SetupDeleteState, formData: FormData): Promise<SetupDeleteState> {
  const seq = (previous.seq ?? 0) + 1;
  const outcome = await adminWrite({
    role: "editor",
    schema: setupIdSchema,
    input: { id: formData.get("id") },
    name: `delete ${kind}`,
    change: async (tx, { id }) => {
      const result = await deleteSetupItem(tx, kind, id);
      if (!result.ok && result.reason === "in-use") {
        const { t } = await adminText("programSetup");
        const sessions = namedSessions(result.sessions, (count) => t("andMore", { count }));
        return refuse(null, t(`${kind}.inUseRefused`, { name: result.name, count: result.sessions.length, sessions }));
      }
      if (!result.ok) return refuse(null, gone(kind));
      return { ok: true, value: id, audit: { action: "delete", entity: entities[kind], entityId: id, summary: { nameEn: result.row.nameEn } }, stale: staleAfterProgramChange() };
    },
  });
  if (!outcome.ok) return { message: outcome.message ?? Object.values(outcome.errors ?? {}).flat().join(" "), seq };
  redirect(setupListUrl(kind, { notice: "deleted" }));
}

/** "Move up" / "Move down": a plain form post, so it works from the keyboard and without JavaScript. */
export async function moveSetupItemAction(kind: SetupKind, formData: FormData): Promise<void> {
  const outcome = await adminWrite({
    role: "editor",
    schema: setupMoveSchema,
    input: { id: formData.get("id"), direction: formData.get("direction") },
    name: `move ${kind}`,
    change: async (tx, { id, direction }) => {
      const result = await moveSetupItem(tx, kind, id, direction);
      if (!result.ok) return refuse(null, gone(kind));
      return {
        ok: true,
        value: id,
        audit: result.moved ? { action: "reorder", entity: entities[kind], entityId: id, summary: { direction } } : [],
        stale: result.moved ? staleAfterProgramChange() : { tags: [], paths: [] },
      };
    },
  });
  // A database that did not answer is the one failure that is not "gone".
  if (!outcome.ok) redirect(setupListUrl(kind, { notice: outcome.unavailable ? "move-failed" : "not-found" }));
  redirect(setupListUrl(kind, {}, `${kind}-${outcome.value}`));
}
