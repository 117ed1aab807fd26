// What both session editor pages (new, edit) show around the form: the
// choices of the edition, how its times are labelled, and its dates.
import { getSessionChoices, type SessionChoices } from "@/db/queries/admin-program-read";
import type { Database } from "@/db/client";
import type { Edition } from "@/db/schema";
import type { Locale } from "@/lib/site-config";
import { editionDates, zoneLabel } from "../edition-words";

export type EditorContext = { choices: SessionChoices; zoneLabel: string; editionDates: string };

/** In the editor's language: "Perm time, UTC+5" / "время пермское, UTC+5"; the zone itself stays the edition's. */
export async function editorContext(db: Database, edition: Edition, locale: Locale): Promise<EditorContext> {
  return {
    choices: await getSessionChoices(db, edition.id),
    zoneLabel: zoneLabel(edition, locale),
    editionDates: editionDates(edition, locale),
  };
}
