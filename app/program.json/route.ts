// /program.json: the schedule as frab/c3voc JSON for apps, hall screens and
// video teams (lib/program/frab.ts), with ETag and 304 (lib/program/documents/files.ts).
import { programJsonResponse } from "@/lib/program/documents/files";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return programJsonResponse(request);
}
