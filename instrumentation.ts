// Runs once when a Next server starts: lib/node-startup.ts (client addresses,
// shutdown signal, the database: embedded or DATABASE_URL's).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startNodeServer } = await import("./lib/node-startup");
  await startNodeServer();
}
