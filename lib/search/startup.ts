// Search's part of a server's start: refuse a database whose character type
// cannot handle Cyrillic (full-text search, lower() and word splitting would
// silently find nothing in Russian), and index the event pages.
import { databaseCharacterType } from "@/db/queries/search";
import { getDb } from "@/db";
import { syncPageDocuments } from "./page-documents";

function isUtf8CharacterType({ ctype, encoding }: { ctype: string; encoding: string }): boolean {
  return encoding.toUpperCase() === "UTF8" && /utf-?8/i.test(ctype);
}

/** Throws with a message an operator can act on when the database is not UTF-8; logs and goes on when it is unreachable. */
export async function prepareSearch(): Promise<void> {
  let db;
  let characterType;
  try {
    db = await getDb();
    characterType = await databaseCharacterType(db);
  } catch (error) {
    console.error("[search] database unreachable at start; event pages will be indexed at the next start:", error instanceof Error ? error.message : error);
    return;
  }
  if (!isUtf8CharacterType(characterType)) {
    throw new Error(
      `[search] the database's character type is ${characterType.ctype} (encoding ${characterType.encoding}). ` +
        "Podium needs a UTF-8 one for Russian text: create the database with ENCODING 'UTF8' and LC_CTYPE 'C.UTF-8' (or another UTF-8 locale), " +
        "e.g. createdb -E UTF8 --locale=C.UTF-8 -T template0 <name>. Not starting.",
    );
  }
  try {
    await syncPageDocuments(db);
  } catch (error) {
    console.error("[search] could not index the event pages:", error instanceof Error ? error.message : error);
  }
}
