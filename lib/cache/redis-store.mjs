// The one Redis connection of a process and the three operations the shared
// cache needs: read an entry (with its tag check), write an entry, expire tags.
//
// Next builds a new cache-handler object for every request, and the app bundle
// has its own copy of this module beside the copy Next's loader imports, so
// the connection lives on globalThis: one client per process whatever loads it.
//
// Keys (every one starts with REDIS_KEY_PREFIX, default "podium"):
//   <prefix>:tags                 hash tag -> when it was last expired (Redis clock, ms). No TTL, ever.
//   <prefix>:<buildId>:e:<key>    hash v (the entry, v8-serialised), m (when stored, ms), t (its tags).
//                                 Always with a TTL, so `maxmemory-policy volatile-lru` evicts only these.
// The build id keeps a new build from serving an old build's RSC payloads; the
// tag hash is shared by all builds so an expiry during a rolling deploy reaches both.
// Both timestamps come from Redis's own clock (TIME), so instances whose clocks
// differ still agree on "expired after it was stored".
import Redis from "ioredis";

const STATE = Symbol.for("podium.cache.redis");

// Returns {value, storedAt}, or nil when the entry is missing or any of its
// tags (plus the caller's extra tags, ARGV[2..]) was expired at or after it was
// stored. When the caller already holds the version stored at ARGV[1], the
// value comes back empty: the caller's copy is current, and 100-300 KB need
// not cross the network nor be deserialised again.
const READ_ENTRY = `
local e = redis.call('HMGET', KEYS[1], 'm', 't')
if not e[1] then return nil end
local stored = tonumber(e[1]) or 0
local tags = {}
if e[2] then for tag in string.gmatch(e[2], '[^,]+') do tags[#tags + 1] = tag end end
for i = 2, #ARGV do tags[#tags + 1] = ARGV[i] end
if #tags > 0 then
  local expired = redis.call('HMGET', KEYS[2], unpack(tags))
  for i = 1, #expired do
    local at = tonumber(expired[i])
    if at and at >= stored then return nil end
  end
end
if ARGV[1] == e[1] then return {'', e[1]} end
return {redis.call('HGET', KEYS[1], 'v') or '', e[1]}
`;

// The entry is dated ARGV[4] ms before now: when its render started (./miss-times.mjs).
const WRITE_ENTRY = `
local t = redis.call('TIME')
local stored = string.format('%d', tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) - (tonumber(ARGV[4]) or 0))
redis.call('HSET', KEYS[1], 'v', ARGV[1], 'm', stored, 't', ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return stored
`;

const EXPIRE_TAGS = `
local t = redis.call('TIME')
local now = string.format('%d', tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000))
for i = 1, #ARGV do redis.call('HSET', KEYS[1], ARGV[i], now) end
return now
`;

/** REDIS_URL and the key prefix, or null when the shared cache is off. */
export function redisSettings(env = process.env) {
  const url = env.REDIS_URL?.trim();
  if (!url) return null;
  const prefix = env.REDIS_KEY_PREFIX?.trim() || "podium";
  return { url, prefix };
}

/**
 * @typedef {{ client: any, prefix: string, tagsKey: string, pendingTags: Set<string>, lastErrorLog: number }} RedisState
 * @returns {RedisState}
 */
export function redisState(settings = redisSettings()) {
  if (!settings) throw new Error("REDIS_URL is not set");
  const existing = globalThis[STATE];
  if (existing) return existing;
  const client = new Redis(settings.url, {
    // Fail a command at once while disconnected instead of queueing it: a page
    // must render from PostgreSQL now, not wait for Redis to come back.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1_000,
    connectTimeout: 2_000,
    // Keep reconnecting for as long as the process lives; caching resumes by itself.
    retryStrategy: (attempt) => Math.min(100 * attempt, 1_000),
    enableAutoPipelining: true,
  });
  client.defineCommand("podiumReadEntry", { numberOfKeys: 2, lua: READ_ENTRY });
  client.defineCommand("podiumWriteEntry", { numberOfKeys: 1, lua: WRITE_ENTRY });
  client.defineCommand("podiumExpireTags", { numberOfKeys: 1, lua: EXPIRE_TAGS });
  /** @type {RedisState} */
  const state = { client, prefix: settings.prefix, tagsKey: `${settings.prefix}:tags`, pendingTags: new Set(), lastErrorLog: 0 };
  client.on("error", (error) => logRedisError(state, error));
  // Expiries that could not be written while Redis was away are written as soon
  // as it is back, before this instance trusts any entry again.
  client.on("ready", () => void flushPendingTags(state));
  globalThis[STATE] = state;
  return state;
}

/** One log line per 10 s at most: a Redis outage must not flood the log. */
function logRedisError(state, error) {
  const now = Date.now();
  if (now - state.lastErrorLog < 10_000) return;
  state.lastErrorLog = now;
  console.warn(`[cache] Redis unavailable, serving without the shared cache: ${error?.message ?? error}`);
}

export function entryKey(state, buildId, key) {
  return `${state.prefix}:${buildId}:e:${key}`;
}

/**
 * @param {number | undefined} heldStoredAt when the caller's own copy of this entry was stored, if it has one
 * @returns {Promise<{ value: Buffer, storedAt: number } | null>} null for a miss, an expired entry or any Redis
 *   failure; an empty value when the caller's copy (heldStoredAt) is still the current one
 */
export async function readEntry(state, key, extraTags = [], heldStoredAt = undefined) {
  // Until the expiries of an outage are written, an old entry may be stale.
  if (state.client.status !== "ready" || state.pendingTags.size > 0) return null;
  try {
    const found = await state.client.podiumReadEntryBuffer(key, state.tagsKey, heldStoredAt === undefined ? "" : String(heldStoredAt), ...extraTags);
    if (!found) return null;
    return { value: found[0], storedAt: Number(found[1].toString()) };
  } catch (error) {
    logRedisError(state, error);
    return null;
  }
}

/**
 * Stores an entry, dated `ageMs` before Redis's now (when its render started);
 * false (and nothing thrown) when Redis cannot take it.
 */
export async function writeEntry(state, key, value, tags, ttlSeconds, ageMs = 0) {
  if (state.client.status !== "ready") return false;
  try {
    await state.client.podiumWriteEntry(key, value, tags.join(","), String(ttlSeconds), String(ageMs));
    return true;
  } catch (error) {
    logRedisError(state, error);
    return false;
  }
}

/**
 * Marks tags expired now, on every instance. Never throws: a save must succeed
 * with Redis down. Tags that cannot be written are kept and written when Redis
 * is back (entries stored before the outage are then refused); while it is
 * away nothing can be read from it, so nothing stale is served meanwhile.
 * @returns {Promise<boolean>} whether the expiry reached Redis now
 */
export async function expireTags(state, tags) {
  const unique = [...new Set(tags)].filter(Boolean);
  if (unique.length === 0) return true;
  if (state.client.status === "ready") {
    try {
      await state.client.podiumExpireTags(state.tagsKey, ...unique);
      return true;
    } catch (error) {
      logRedisError(state, error);
    }
  }
  for (const tag of unique) state.pendingTags.add(tag);
  return false;
}

async function flushPendingTags(state) {
  if (state.pendingTags.size === 0) return;
  const tags = [...state.pendingTags];
  state.pendingTags.clear();
  await expireTags(state, tags);
}

/** Closes the connection (tests and scripts; the server keeps it for its lifetime). */
export async function closeRedisState() {
  const state = globalThis[STATE];
  if (!state) return;
  delete globalThis[STATE];
  await state.client.quit().catch(() => state.client.disconnect());
}
