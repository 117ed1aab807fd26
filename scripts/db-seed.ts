// Loads the demo forum. Idempotent: a second run adds nothing.
import { runMigrations } from "@/db/migrate";
import { seedDemoContent } from "@/lib/seed/demo-content";
import { withDatabase } from "./with-database";

await withDatabase(async (db) => {
  await runMigrations(db);
  const report = await seedDemoContent(db);
  console.log(
    `Seed done: ${report.articlesAdded} articles and ${report.partnersAdded} partners added (${report.roles} roles).`,
  );
});
