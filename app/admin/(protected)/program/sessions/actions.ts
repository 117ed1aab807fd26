"use server";
// Session writes, through the one admin write path (lib/admin/write-action.ts):
// editor role, zod (with the MDX check of both bodies), the save and its audit
// row in one transaction, then expiry of every public page the save touched
// (lib/program/expiry.ts). A refusal returns the editor's input untouched.
import { redirect } from "next/navigation";
import { z } from "zod";
import { compileBody } from "@/components/admin/news-preview";
import type { BodyPreview } from "@/components/admin/program/session-preview";
import type { Database } from "@/db/client";
import { createSession, updateSession, type SessionSaveResult, type SessionWrite } from "@/db/queries/admin-program";
import { getAdminSession, getCurrentEdition, getSessionEdition, personSlugs } from "@/db/queries/admin-program-read";
import type { Edition } from "@/db/schema";
import type { FormState } from "@/lib/admin/forms";
import { adminAction, adminWrite, refuse, type Refusal } from "@/lib/admin/write-action";
import { adminText } from "@/lib/i18n/admin-text";
import { staleAfterSessionSave } from "@/lib/program/expiry";
import { localDate } from "@/lib/program/time";
import { sessionInstants, type SessionInput } from "@/lib/validation/program";
import { readSessionForm, type SessionFormValues } from "@/lib/program/session-form-values";
import { newSessionSchema, sessionEditSchema, withSlugsFromTitles } from "@/lib/validation/session-form";

export type SessionFormState = FormState<SessionFormValues>;

// Refusals are keys into messages/admin/<locale>/programSessions.json (adminWrite
// translates them); the conflict names a version, so it is made here in the editor's language.
const NO_EDITION = "programSessions.errors.noEdition";
const GONE = "programSessions.errors.gone";

/** A refused save of the queries, as the form shows it. */
async function refusalOf(result: Exclude<SessionSaveResult, { ok: true }>): Promise<Refusal> {
  if (result.reason === "missing") return refuse(null, GONE);
  const { t } = await adminText("programSessions");
  if (result.reason === "conflict") return refuse(null, t("errors.conflict", { version: result.currentVersion }));
  // The queries name the problem; its words (and what they name) in the editor's language.
  return refuse(result.field, t(`problems.${result.problem}`, result.values ?? {}));
}

/** What the queries save: the parsed fields, with local day and times turned into instants in the edition's zone. */
function toWrite(input: SessionInput, edition: Edition): SessionWrite {
  return {
    titleEn: input.titleEn,
    titleRu: input.titleRu,
    slugEn: input.slugEn,
    slugRu: input.slugRu,
    summaryEn: input.summaryEn,
    summaryRu: input.summaryRu,
    bodyEn: input.bodyEn,
    bodyRu: input.bodyRu,
    formatId: input.formatId,
    trackId: input.trackId,
    hallId: input.hallId,
    status: input.status,
    people: input.people,
    ...sessionInstants(input, edition.timezone),
  };
}

/** Fields an update changed, for the audit entry (never the text itself). */
function changedFields(before: NonNullable<Awaited<ReturnType<typeof getAdminSession>>>, write: SessionWrite): string[] {
  const changed: string[] = (["titleEn", "titleRu", "slugEn", "slugRu", "summaryEn", "summaryRu", "bodyEn", "bodyRu", "formatId", "trackId", "hallId", "status"] as const).filter(
    (key) => before[key] !== write[key],
  );
  if (before.startsAt.getTime() !== write.startsAt.getTime()) changed.push("startsAt");
  if (before.endsAt.getTime() !== write.endsAt.getTime()) changed.push("endsAt");
  const peopleKey = (list: { personId: number; role: string }[]) => list.map((p) => `${p.role}:${p.personId}`).join(",");
  if (peopleKey(before.people) !== peopleKey(write.people)) changed.push("people");
  return changed;
}

async function staleAfter(tx: Database, edition: Edition, saved: { code: string; personIds: { before: number[]; after: number[] } }, write: SessionWrite, before?: { slugEn: string; slugRu: string; startsAt: Date }) {
  const slugs = await personSlugs(tx, [...new Set([...saved.personIds.before, ...saved.personIds.after])]);
  const days = new Set([localDate(write.startsAt.toISOString(), edition.timezone)]);
  if (before) days.add(localDate(before.startsAt.toISOString(), edition.timezone));
  const slugMoved = before && (before.slugEn !== write.slugEn || before.slugRu !== write.slugRu);
  return staleAfterSessionSave({
    code: saved.code,
    slug: { en: write.slugEn, ru: write.slugRu },
    oldSlug: slugMoved ? { en: before.slugEn, ru: before.slugRu } : undefined,
    days: [...days],
    peopleSlugs: slugs,
  });
}

export async function createSessionAction(previous: SessionFormState, formData: FormData): Promise<SessionFormState> {
  const values = readSessionForm(formData);
  const seq = (previous.seq ?? 0) + 1;
  const outcome = await adminWrite({
    role: "editor",
    name: "createSessionAction",
    schema: newSessionSchema,
    input: withSlugsFromTitles(values),
    change: async (tx, input) => {
      const edition = await getCurrentEdition(tx);
      if (!edition) return refuse(null, NO_EDITION);
      const write = toWrite(input, edition);
      const saved = await createSession(tx, edition.id, write);
      if (!saved.ok) return await refusalOf(saved);
      return {
        ok: true,
        value: { id: saved.id },
        audit: { action: "create", entity: "program_session", entityId: saved.id, summary: { code: saved.code, titleEn: write.titleEn, people: write.people.length } },
        stale: await staleAfter(tx, edition, saved, write),
      };
    },
  });
  if (!outcome.ok) return { errors: outcome.errors, message: outcome.message, values, seq };
  redirect(`/admin/program/sessions/${outcome.value.id}?notice=created`);
}

export async function updateSessionAction(previous: SessionFormState, formData: FormData): Promise<SessionFormState> {
  const values = readSessionForm(formData);
  const seq = (previous.seq ?? 0) + 1;
  const outcome = await adminWrite({
    role: "editor",
    name: "updateSessionAction",
    schema: sessionEditSchema,
    input: withSlugsFromTitles(values),
    change: async (tx, input) => {
      const [edition, before] = await Promise.all([getSessionEdition(tx, input.id), getAdminSession(tx, input.id)]);
      if (!edition || !before) return refuse(null, GONE);
      const write = toWrite(input, edition);
      const saved = await updateSession(tx, input.id, input.version, write);
      if (!saved.ok) return await refusalOf(saved);
      return {
        ok: true,
        value: { id: saved.id },
        audit: {
          action: "update",
          entity: "program_session",
          entityId: saved.id,
          summary: { code: saved.code, titleEn: write.titleEn, changed: changedFields(before, write), icsSequence: saved.icsSequence },
        },
        stale: await staleAfter(tx, edition, saved, write, before),
      };
    },
  });
  if (!outcome.ok) return { errors: outcome.errors, message: outcome.message, values, seq };
  redirect(`/admin/program/sessions/${outcome.value.id}?notice=saved`);
}

const previewInput = z.object({ bodyEn: z.string().max(100_000), bodyRu: z.string().max(100_000) });

/** Renders unsaved descriptions as the session page will. Changes nothing; staff only. */
export async function previewSessionAction(input: { bodyEn: string; bodyRu: string }): Promise<{ en: BodyPreview; ru: BodyPreview }> {
  const render = async (source: string): Promise<BodyPreview> => {
    const outcome = await compileBody(source);
    return outcome.ok ? { ok: true, node: outcome.value } : { ok: false, problems: outcome.problems };
  };
  const outcome = await adminAction({
    role: "editor",
    name: "previewSessionAction",
    schema: previewInput,
    input,
    run: async ({ bodyEn, bodyRu }) => {
      const [en, ru] = await Promise.all([render(bodyEn), render(bodyRu)]);
      return { en, ru };
    },
  });
  if (outcome.ok) return outcome.value;
  const { t } = await adminText("programSessions");
  const refused: BodyPreview = { ok: false, problems: [], message: outcome.unavailable ? t("preview.unavailable") : t("preview.tooLong") };
  return { en: refused, ru: refused };
}
