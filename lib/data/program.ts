import "server-only";
// Cached programme reads for the public pages, calendars and export. One
// snapshot of the current edition (db/queries/program.ts), tagged `program`,
// serves them all: the pages differ in what they show of it, not in what they
// read. A hidden programme is cached too (as null: one entry, expired when the
// state changes). Session bodies are cached per existing session only (the
// caller looks the code up in the snapshot first), so made-up codes cost no entry.
import { createHash } from "node:crypto";
import { unstable_cache } from "next/cache";
import { cacheTags } from "@/db/cache-tags";
import { getDb } from "@/db";
import { getSessionBodies, loadPublicProgram, type Localized, type ProgramSnapshot } from "@/db/queries/program";
import type { CompiledMdx } from "@/lib/mdx/compiled";
import type { Locale } from "@/lib/site-config";
import { getCompiledBody } from "@/lib/data/news";

const tags = { tags: [cacheTags.program] };

export function getPublicProgram(): Promise<ProgramSnapshot | null> {
  return unstable_cache(async () => loadPublicProgram(await getDb()), ["program-snapshot"], tags)();
}

function getSessionBody(editionId: number, code: string): Promise<Localized | null> {
  return unstable_cache(async () => getSessionBodies(await getDb(), editionId, code), ["program-session-body", String(editionId), code], tags)();
}

/** A session's body in one locale, compiled once per distinct text (as article bodies are). */
export async function getCompiledSessionBody(editionId: number, code: string, locale: Locale): Promise<{ source: string; compiled: CompiledMdx } | null> {
  const bodies = await getSessionBody(editionId, code);
  const source = bodies?.[locale] ?? "";
  if (!source.trim()) return null;
  return { source, compiled: await getCompiledBody({ body: source }) };
}

/**
 * Cached bytes of a generated file (calendar, JSON) with its strong ETag, keyed by what it
 * shows. Same tag as the snapshot it is made from, so both expire together.
 */
export function getGeneratedFile(key: string[], make: () => Promise<string>): Promise<{ body: string; etag: string }> {
  return unstable_cache(
    async () => {
      const body = await make();
      return { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"` };
    },
    ["program-file", ...key],
    tags,
  )();
}

