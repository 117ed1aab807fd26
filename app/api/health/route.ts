import { getDb } from "@/db";
import { pingDatabase } from "@/db/queries/health";
import { isDraining } from "@/lib/draining";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

/** 200 when the app can reach its database; 503 when it cannot, or while it shuts down. */
export async function GET() {
  if (isDraining()) {
    return Response.json({ status: "shutting down" }, { status: 503, headers: { ...noStore, "Retry-After": "5" } });
  }
  try {
    const db = await getDb();
    await pingDatabase(db);
    return Response.json({ status: "ok" }, { headers: noStore });
  } catch {
    return Response.json({ status: "database unavailable" }, { status: 503, headers: { ...noStore, "Retry-After": "5" } });
  }
}
