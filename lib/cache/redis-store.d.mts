// Types for redis-store.mjs (plain JavaScript: Next loads the cache handler with Node's import()).
import type { Redis } from "ioredis";

export type RedisSettings = { url: string; prefix: string };
export type RedisState = { client: Redis; prefix: string; tagsKey: string; pendingTags: Set<string>; lastErrorLog: number };

export function redisSettings(env?: NodeJS.ProcessEnv): RedisSettings | null;
export function redisState(settings?: RedisSettings | null): RedisState;
export function entryKey(state: RedisState, buildId: string, key: string): string;
export function readEntry(state: RedisState, key: string, extraTags?: string[], heldStoredAt?: number): Promise<{ value: Buffer; storedAt: number } | null>;
export function writeEntry(state: RedisState, key: string, value: Buffer, tags: string[], ttlSeconds: number, ageMs?: number): Promise<boolean>;
export function expireTags(state: RedisState, tags: string[]): Promise<boolean>;
export function closeRedisState(): Promise<void>;
