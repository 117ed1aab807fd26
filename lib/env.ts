// Environment variables the app reads, parsed once so a typo fails loudly.
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z.string().trim().min(1).optional(),
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse({
    DATABASE_URL: source.DATABASE_URL || undefined,
    SITE_URL: source.SITE_URL || undefined,
  });
  if (!parsed.success) throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
