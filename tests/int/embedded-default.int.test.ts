// The embedded default, from nothing: no DATABASE_URL, an empty data folder.
// The app's own start-up path creates the cluster, migrates and seeds it.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

const saved = { ...process.env };
let dataDir = "";
let stop: (() => Promise<void>) | undefined;

afterAll(async () => {
  await stop?.();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  process.env = saved;
});

it("starts a real PostgreSQL, migrates and seeds it when DATABASE_URL is unset", { timeout: 180_000 }, async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "podium-embedded-"));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
  await chmod(dataDir, 0o755);
  delete process.env.DATABASE_URL;
  process.env.EMBEDDED_PG_DIR = dataDir;
  process.env.EMBEDDED_PG_PORT = String(await freePort());

  const { prepareEmbeddedDatabase } = await import("@/lib/embedded-startup");
  const { ensureEmbeddedServer } = await import("@/db/embedded");
  const url = await prepareEmbeddedDatabase();
  stop = (await ensureEmbeddedServer()).stop;
  expect(url).toContain(`127.0.0.1:${process.env.EMBEDDED_PG_PORT}`);

  const { createDb } = await import("@/db/client");
  const { countPublishedNews } = await import("@/db/queries/news");
  const { listPartnerWall } = await import("@/db/queries/partners");
  const { db, pool } = createDb(url, { max: 1 });
  try {
    const version = await pool.query<{ server_version_num: string }>("show server_version_num");
    expect(Number(version.rows[0]!.server_version_num)).toBeGreaterThanOrEqual(180000);
    expect(await countPublishedNews(db, "ru")).toBeGreaterThanOrEqual(15);
    const partners = (await listPartnerWall(db)).flatMap((r) => r.partners);
    expect(partners).toHaveLength(46);
  } finally {
    await pool.end();
  }
});
