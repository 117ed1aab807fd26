import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` uses this: it diffs db/schema.ts against the
// committed migrations and needs no database.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
});
