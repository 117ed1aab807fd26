// First start without DATABASE_URL: run the embedded PostgreSQL, bring its
// schema up to date, and load the demo forum into an empty database.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { createDb, type Database } from "@/db/client";
import { ensureEmbeddedServer } from "@/db/embedded";
import { runMigrations } from "@/db/migrate";
import { countArticles } from "@/db/queries/seed";
import { countStaffUsers, upsertStaffUser } from "@/db/queries/staff-users";
import { hashPassword } from "@/lib/auth/passwords";
import { seedDemoContent } from "@/lib/seed/demo-content";

const log = (line: string) => console.log(`[podium] ${line}`);

export async function prepareEmbeddedDatabase(): Promise<string> {
  const server = await ensureEmbeddedServer(log);
  const { db, pool } = createDb(server.url, { max: 2 });
  try {
    await runMigrations(db);
    if ((await countArticles(db)) === 0) {
      log("Empty database: loading the demo forum …");
      const report = await seedDemoContent(db);
      log(`Demo content loaded: ${report.articlesAdded} articles, ${report.partnersAdded} partners.`);
    }
    await createDemoAdminOnce(db);
  } finally {
    await pool.end();
  }
  return server.url;
}

const DEMO_ADMIN_EMAIL = "admin@forum.example";

/**
 * The embedded demo database gets one admin, whose password is printed once,
 * here and now; it is stored only as a hash. (A database given by DATABASE_URL
 * never passes through this file, so it never gets default credentials.)
 */
async function createDemoAdminOnce(db: Database): Promise<void> {
  if ((await countStaffUsers(db)) > 0) return;
  const password = randomBytes(12).toString("base64url");
  await upsertStaffUser(db, { email: DEMO_ADMIN_EMAIL, name: "Demo admin", role: "admin", passwordHash: await hashPassword(password) });
  log("──────────────────────────────────────────────────────────────");
  log(`Demo admin created. Sign in at /admin/login with`);
  log(`  email:    ${DEMO_ADMIN_EMAIL}`);
  log(`  password: ${password}`);
  log("This password is shown only now. Add staff with `npm run user:create`.");
  log("──────────────────────────────────────────────────────────────");
}

/** The secret that signs session cookies of the embedded setup, made once and kept beside its data. */
export async function embeddedAuthSecret(): Promise<string> {
  const file = path.join(path.resolve(/*turbopackIgnore: true*/ process.env.EMBEDDED_PG_DIR ?? path.join(process.cwd(), ".data")), "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
