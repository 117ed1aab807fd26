// Loads the demo forum. Idempotent: a second run adds nothing.
import { runMigrations } from "@/db/migrate";
import { seedDemoContent } from "@/lib/seed/demo-content";
import { withDatabase } from "./with-database";

await withDatabase(async (db) => {
  await runMigrations(db);
  const report = await seedDemoContent(db);
  console.log(
    `Seed done: ${report.articlesAdded} articles, ${report.partnersAdded} partners (${report.roles} roles), ${report.sessionsAdded} programme sessions and ${report.peopleAdded} people added.`,
  );
});
