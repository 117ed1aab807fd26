// Browser tests against a production build: a fresh database (migrated and
// seeded with the demo forum), `next build`, then Playwright, which starts
// `next start` on that database. The database is dropped at the end.
import { spawn } from "node:child_process";
import { createDb } from "@/db/client";
import { seedDemoContent } from "@/lib/seed/demo-content";
import { insertFixtureArticles } from "../e2e/fixtures/articles";
import { insertFixtureProgram } from "../e2e/fixtures/program";
import { insertFixtureStaff } from "../e2e/fixtures/staff";
import { createTestDatabase } from "../tests/support/test-database";
import { clearRuntimeCache } from "./runtime-cache";

// Asynchronous on purpose: an embedded PostgreSQL started by this process needs its event loop running.
const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  new Promise<number>((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
    child.on("exit", (code) => resolve(code ?? 1));
  });

const database = await createTestDatabase("podium_e2e");
let status = 1;
try {
  const { db, pool } = createDb(database.url, { max: 2 });
  await seedDemoContent(db);
  await insertFixtureArticles(db);
  await insertFixtureProgram(db);
  await insertFixtureStaff(db);
  await pool.end();

  if (!process.argv.includes("--no-build")) {
    status = await run("npx", ["next", "build"]);
    if (status !== 0) throw new Error("next build failed");
  }
  clearRuntimeCache();
  status = await run("npx", ["playwright", "test", ...process.argv.slice(2).filter((a) => a !== "--no-build")], {
    E2E_DATABASE_URL: database.url,
  });
} finally {
  await database.drop();
}
process.exit(status);
