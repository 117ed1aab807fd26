// Types for file-cache-handler.mjs (plain JavaScript: Next imports it at run time).
export default class BoundedFileSystemCache {
  constructor(ctx: Record<string, unknown>);
  get(key: string, ctx: Record<string, unknown>): Promise<any>;
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
}

/** What an entry weighs in the memory layer (bytes, roughly). */
export function entrySize(entry: { value: Record<string, any> | null }, key: string): number;

/** The folders where the handler writes at run time, under `.next/server`. */
export function runtimeEntryDirs(serverDistDir: string): string[];

/** Removes earlier processes' run-time entries, once per process and folder (not during `next build`). */
export function clearEarlierRuntimeEntries(serverDistDir: string): void;

/** Entries and bytes in the memory layer (reported by /api/health). */
export function memoryCacheStats(): { entries: number; bytes: number; limitBytes: number };
