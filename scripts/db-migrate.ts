import { runMigrations } from "@/db/migrate";
import { withDatabase } from "./with-database";

await withDatabase(async (db) => {
  await runMigrations(db);
  console.log("Migrations applied.");
});
