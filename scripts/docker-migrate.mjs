// Applies the committed migrations to DATABASE_URL with plain `node`.
//
// The image's runner stage has no tsx (a dev dependency) and no TypeScript
// sources, so `npm run db:migrate` cannot run there. This does what
// db/migrate.ts does (drizzle-orm's node-postgres migrator over
// db/migrations, default migrations table), so a database migrated by either
// one is the same. Compose runs it once, as the `migrate` service, before the
// app replicas start: N replicas must never race to migrate.
//
//   DATABASE_URL=postgres://… node migrate.mjs      (in the image, from /app)
//   DATABASE_URL=postgres://… node scripts/docker-migrate.mjs   (from a checkout)
import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";

const url = process.env.DATABASE_URL?.trim();
if (!url) {
  console.error("[migrate] DATABASE_URL is not set: nothing to migrate (the image never starts an embedded database).");
  process.exit(2);
}

// Same folder as db/migrate.ts: relative to the working directory (/app in the image).
const migrationsFolder = path.join(process.cwd(), "db", "migrations");

// A database that has just reported healthy may still refuse the first
// connection for a moment; retry briefly instead of failing the deploy.
async function connectWithRetry(pool, attempts = 10) {
  for (let attempt = 1; ; attempt++) {
    try {
      const client = await pool.connect();
      client.release();
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.error(`[migrate] database not reachable yet (${error.message}); retrying …`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 10_000 });
try {
  await connectWithRetry(pool);
  await migrate(drizzle(pool), { migrationsFolder });
  console.log(`[migrate] migrations applied from ${migrationsFolder}`);
} catch (error) {
  console.error(`[migrate] failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await pool.end();
}
