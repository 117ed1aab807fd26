// Types for local-copies.mjs (plain JavaScript: part of the cache handler Next imports at run time).
export class LocalCopies {
  constructor(maxBytes: number);
  bytes: number;
  get(key: string): { storedAt: number; entry: any; size: number } | undefined;
  set(key: string, storedAt: number, entry: unknown, size: number): void;
  delete(key: string): void;
}
