// Test runs create and drop whole databases on DATABASE_URL's server. Pointed
// by mistake at a shared or production server, that is the wrong place to do
// it, so only a server on this machine is used unless the caller says
// otherwise with PODIUM_ALLOW_REMOTE_TEST_DB=1 (issue 12).

const LOOPBACK_NAMES = new Set(["localhost", "::1", "[::1]"]);

/** The host a PostgreSQL URL connects to: `?host=` wins over the authority, as in libpq and node-postgres. */
function hostOf(url: URL): string {
  const fromQuery = url.searchParams.get("host");
  if (fromQuery !== null) return fromQuery;
  return decodeURIComponent(url.hostname);
}

/** True when the URL reaches a server on this machine: loopback address, localhost, or a unix socket. */
export function isLoopbackDatabaseUrl(databaseUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    return false; // cannot tell where it points: treat as remote
  }
  const host = hostOf(url).toLowerCase();
  // No host at all: libpq and node-postgres then use the local socket or localhost.
  if (host === "") return true;
  // A unix-socket directory (percent-encoded in the authority, or given in ?host=).
  if (host.startsWith("/")) return true;
  if (LOOPBACK_NAMES.has(host)) return true;
  // The whole 127.0.0.0/8 block is loopback.
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Throws, before anything is created, when test databases would go to another machine without consent. */
export function assertTestServerAllowed(databaseUrl: string, env: Record<string, string | undefined> = process.env): void {
  if (isLoopbackDatabaseUrl(databaseUrl) || env.PODIUM_ALLOW_REMOTE_TEST_DB === "1") return;
  let where = "an unreadable URL";
  try {
    where = `host "${new URL(databaseUrl).hostname}"`;
  } catch {
    // keep the generic wording; never print the URL itself, it may hold a password
  }
  throw new Error(
    `Refusing to create test databases on ${where}: DATABASE_URL does not point at this machine ` +
      "(127.0.0.1, ::1, localhost or a unix socket). Tests create and drop whole databases there. " +
      "Set PODIUM_ALLOW_REMOTE_TEST_DB=1 if that server is really meant for it.",
  );
}
