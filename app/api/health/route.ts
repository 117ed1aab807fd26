import { getDb } from "@/db";
import { pingDatabase } from "@/db/queries/health";

export const dynamic = "force-dynamic";

/** 200 when the app can reach its database, 503 when it cannot. */
export async function GET() {
  try {
    const db = await getDb();
    await pingDatabase(db);
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "database unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
