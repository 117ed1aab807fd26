import type { Metadata } from "next";
import { SessionForm } from "@/components/admin/program/session-form";
import { getDb } from "@/db";
import { getCurrentEdition } from "@/db/queries/admin-program-read";
import { requireRole } from "@/lib/auth/dal";
import { emptySessionValues } from "@/lib/program/session-form-values";
import { createSessionAction, previewSessionAction } from "../actions";
import { editorContext } from "../editor-context";
import "../../program.css";

export const metadata: Metadata = { title: "Add session" };

export default async function NewSessionPage() {
  await requireRole("editor");
  const db = await getDb();
  const edition = await getCurrentEdition(db);
  return (
    <div className="program-admin">
      <p>
        <a href="/admin/program">← Programme</a>
      </p>
      <h1>Add session</h1>
      {edition ? (
        <SessionForm
          {...await editorContext(db, edition)}
          action={createSessionAction}
          preview={previewSessionAction}
          initial={{ ...emptySessionValues, day: edition.startsOn }}
          submitLabel="Add session"
        />
      ) : (
        <p className="form-error" role="alert">
          There is no current edition to add sessions to.
        </p>
      )}
    </div>
  );
}
