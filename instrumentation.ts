// Runs once when a Next server starts. Without DATABASE_URL, Podium runs its
// own embedded PostgreSQL; pages then find DATABASE_URL pointing at it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.DATABASE_URL?.trim()) return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { prepareEmbeddedDatabase } = await import("./lib/embedded-startup");
  process.env.DATABASE_URL = await prepareEmbeddedDatabase();
}
