// Environment variables the app reads, parsed once so a typo fails loudly.
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z.string().trim().min(1).optional(),
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
});

export type Env = z.infer<typeof envSchema>;

// Every absolute URL a page prints asks (lib/urls.ts), dozens per render, and the
// zod parse cost about 0.1 ms of each article miss: the answer is kept for the raw
// values it was parsed from, so a changed environment (a test) is parsed again.
let remembered: { databaseUrl: string | undefined; siteUrl: string | undefined; env: Env } | undefined;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const databaseUrl = source.DATABASE_URL || undefined;
  const siteUrl = source.SITE_URL || undefined;
  if (remembered && remembered.databaseUrl === databaseUrl && remembered.siteUrl === siteUrl) return remembered.env;
  const parsed = envSchema.safeParse({ DATABASE_URL: databaseUrl, SITE_URL: siteUrl });
  if (!parsed.success) throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
  remembered = { databaseUrl, siteUrl, env: parsed.data };
  return parsed.data;
}
