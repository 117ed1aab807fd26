// Next's incremental cache (pages, route handlers, unstable_cache data) in
// Redis, shared by every instance. Next makes one of these per request; the
// connection is the process's one (./redis-store.mjs).
//
// Next checks tags of page entries only against its in-process manifest, which
// a custom handler never fills, so this get() is where expiries are enforced:
// one Redis round trip returns the entry only if none of its tags was expired
// after it was stored. Any Redis failure is a miss (the page renders from
// PostgreSQL), never an error. A decoded copy of recent entries stays in the
// process (./local-copies.mjs) and is served when that same round trip says it
// is still current, so a hit costs a small reply instead of the whole entry.
// An entry is dated by the miss that started its render (./miss-times.mjs), so
// a save that lands while a render runs is never hidden by that render.
import { readFileSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { shouldStore, tagsOf, ttlSeconds } from "./entry-rules.mjs";
import { LocalCopies } from "./local-copies.mjs";
import { MissTimes } from "./miss-times.mjs";
import { entryKey, expireTags, readEntry, redisState, writeEntry } from "./redis-store.mjs";

const buildIds = new Map();

/** Decoded entries kept in this process, served only once Redis confirms they are current (Next's own default budget). */
const LOCAL_COPY_BYTES = 50 * 1024 * 1024;
const LOCAL_COPIES = Symbol.for("podium.cache.localCopies");
const localCopies = (globalThis[LOCAL_COPIES] ??= new LocalCopies(LOCAL_COPY_BYTES));
const MISS_TIMES = Symbol.for("podium.cache.missTimes");
const missTimes = (globalThis[MISS_TIMES] ??= new MissTimes());

/** The build's id (a new deploy must not serve the old one's RSC payloads). */
function buildIdOf(serverDistDir) {
  if (!serverDistDir) return "development";
  let id = buildIds.get(serverDistDir);
  if (id === undefined) {
    try {
      id = readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
    } catch {
      id = "development";
    }
    buildIds.set(serverDistDir, id);
  }
  return id;
}

export default class RedisCacheHandler {
  /** @param {{ serverDistDir?: string }} ctx */
  constructor(ctx) {
    this.state = redisState();
    this.buildId = buildIdOf(ctx?.serverDistDir);
  }

  /**
   * @param {string} key
   * @param {{ kind?: string, tags?: string[], softTags?: string[] }} ctx
   */
  async get(key, ctx) {
    // A data entry is also expired by the tags of the call (its own and the page's implicit ones).
    const extraTags = ctx?.kind === "FETCH" ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : [];
    const redisKey = entryKey(this.state, this.buildId, key);
    const held = localCopies.get(redisKey);
    const found = await readEntry(this.state, redisKey, extraTags, held?.storedAt);
    if (!found) {
      localCopies.delete(redisKey);
      missTimes.missed(redisKey);
      return null;
    }
    let entry;
    if (found.value.length === 0) {
      // Redis says our copy is the current version.
      if (!held || held.storedAt !== found.storedAt) return null;
      entry = held.entry;
    } else {
      try {
        entry = v8.deserialize(found.value);
      } catch {
        return null;
      }
      localCopies.set(redisKey, found.storedAt, entry, found.value.length);
    }
    return { lastModified: found.storedAt, value: entry.value, cacheControl: entry.cacheControl };
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {{ tags?: string[], cacheControl?: { revalidate: number | false, expire?: number } }} ctx
   */
  async set(key, data, ctx) {
    const redisKey = entryKey(this.state, this.buildId, key);
    const ageMs = missTimes.takeAge(redisKey);
    if (!shouldStore(data)) return;
    const cacheControl = ctx?.cacheControl;
    // v8 serialisation keeps Buffers (rscData, route bodies) and the Map of segment payloads intact; JSON would not.
    const value = v8.serialize({ value: data, cacheControl });
    await writeEntry(this.state, redisKey, value, tagsOf(data, ctx), ttlSeconds(cacheControl), ageMs);
  }

  /**
   * Every expiry is immediate, whatever `durations` says: Podium expires tags
   * only when their data changed (updateTag, or revalidateTag with expire: 0).
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    await expireTags(this.state, typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache() {}
}
