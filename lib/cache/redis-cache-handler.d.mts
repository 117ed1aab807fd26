// Types for redis-cache-handler.mjs (plain JavaScript: Next imports it at run time).
export default class RedisCacheHandler {
  constructor(ctx: { serverDistDir?: string });
  get(key: string, ctx: { kind?: string; tags?: string[]; softTags?: string[] }): Promise<{ lastModified: number; value: any; cacheControl?: { revalidate: number | false; expire?: number } } | null>;
  set(key: string, data: unknown, ctx: { tags?: string[]; cacheControl?: { revalidate: number | false; expire?: number } }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
