// When each entry was last found missing in this process: the time its render
// started from, near enough (Next asks the cache, misses, then renders and
// stores). An entry is stored dated by that miss, not by when it was written,
// so that a tag expired while the render ran (a save that committed after the
// render read the database) still counts as newer than the entry, and the
// next request renders again instead of serving the old text as fresh.
// Bounded: a key that misses and is never stored (a 404) is forgotten after
// a minute or when 10,000 newer keys came after it.

const MAX_KEYS = 10_000;
const FORGET_AFTER_MS = 60_000;

export class MissTimes {
  constructor(maxKeys = MAX_KEYS, now = () => performance.now()) {
    this.maxKeys = maxKeys;
    this.now = now;
    /** @type {Map<string, number>} key -> performance.now() of its earliest miss not yet stored */
    this.times = new Map();
  }

  /** A miss of `key`. The earliest one counts: a render already running read older data. */
  missed(key) {
    const now = this.now();
    const earlier = this.times.get(key);
    if (earlier !== undefined && now - earlier < FORGET_AFTER_MS) return;
    this.times.delete(key);
    this.times.set(key, now);
    if (this.times.size > this.maxKeys) this.times.delete(this.times.keys().next().value);
  }

  /** Milliseconds since `key`'s earliest miss, and forgets it (0 when none is known): how far back to date the entry. */
  takeAge(key) {
    const at = this.times.get(key);
    this.times.delete(key);
    if (at === undefined) return 0;
    const age = this.now() - at;
    return age >= 0 && age < FORGET_AFTER_MS ? Math.round(age) : 0;
  }
}
