// The entries this process last read from Redis, deserialised, up to a memory
// budget (least recently used go first). A copy is only ever served after
// Redis has confirmed, in the same round trip that checks the tags, that it is
// still the current version (lib/cache/redis-store.mjs readEntry): it saves
// moving and decoding the entry, never the check, so it cannot serve a page
// another instance has expired or replaced.

export class LocalCopies {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, { storedAt: number, entry: any, size: number }>} */
    this.copies = new Map();
  }

  /** @param {string} key */
  get(key) {
    const copy = this.copies.get(key);
    if (!copy) return undefined;
    // Map keeps insertion order: re-inserting marks it most recently used.
    this.copies.delete(key);
    this.copies.set(key, copy);
    return copy;
  }

  /** @param {string} key @param {number} storedAt @param {any} entry @param {number} size */
  set(key, storedAt, entry, size) {
    this.delete(key);
    if (size > this.maxBytes / 4) return; // one huge entry must not push out everything else
    this.copies.set(key, { storedAt, entry, size });
    this.bytes += size;
    for (const [oldest, copy] of this.copies) {
      if (this.bytes <= this.maxBytes) break;
      this.copies.delete(oldest);
      this.bytes -= copy.size;
    }
  }

  /** @param {string} key */
  delete(key) {
    const copy = this.copies.get(key);
    if (!copy) return;
    this.copies.delete(key);
    this.bytes -= copy.size;
  }
}
