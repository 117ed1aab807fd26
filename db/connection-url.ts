// Where the database is: DATABASE_URL when set, else the embedded server
// (started here if it is not running yet).
import { ensureEmbeddedServer } from "./embedded";

export async function resolveDatabaseUrl(log?: (line: string) => void): Promise<string> {
  const configured = process.env.DATABASE_URL?.trim();
  if (configured) return configured;
  const server = await ensureEmbeddedServer(log);
  return server.url;
}
