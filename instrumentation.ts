// Runs once when a Next server starts. Without DATABASE_URL, Podium runs its
// own embedded PostgreSQL; pages then find DATABASE_URL pointing at it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.DATABASE_URL?.trim()) {
    if (!process.env.AUTH_SECRET) {
      console.error("[podium] AUTH_SECRET is not set: staff sign-in will fail. Set it to a long random string (see .env.example).");
    }
    return;
  }
  const { prepareEmbeddedDatabase, embeddedAuthSecret } = await import("./lib/embedded-startup");
  process.env.DATABASE_URL = await prepareEmbeddedDatabase();
  process.env.AUTH_SECRET ||= await embeddedAuthSecret();
}
