// What both session editor pages (new, edit) show around the form: the
// choices of the edition, how its times are labelled, and its dates.
import { getSessionChoices, type SessionChoices } from "@/db/queries/admin-program-read";
import type { Database } from "@/db/client";
import type { Edition } from "@/db/schema";
import { formatDate } from "@/lib/program/format";
import { offsetLabel } from "@/lib/program/time";

export type EditorContext = { choices: SessionChoices; zoneLabel: string; editionDates: string };

export async function editorContext(db: Database, edition: Edition): Promise<EditorContext> {
  return {
    choices: await getSessionChoices(db, edition.id),
    zoneLabel: `${edition.zoneLabelEn}, ${offsetLabel(`${edition.startsOn}T12:00:00Z`, edition.timezone)}`,
    editionDates: `${formatDate(edition.startsOn, "en")} – ${formatDate(edition.endsOn, "en")}`,
  };
}
